using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Tools;

public sealed class EmulatorToolTests
{
    [Fact]
    public async Task StandaloneHost_StartsOnTheGivenPort_AndAnswersClientCredentials()
    {
        var toolAssembly = typeof(EmulatorToolTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "EmulatorToolAssembly").Value;
        Assert.True(File.Exists(toolAssembly), $"The tool was not built: {toolAssembly}");
        var port = Spotantic.Tests.Support.LoopbackPort.Free();
        var start = new ProcessStartInfo(Spotantic.Tests.Support.DotnetHost.Path, [toolAssembly!, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--client-id", "tool-client", "--client-secret", "tool-secret"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        try
        {
            var apiLine = await ReadLineStartingWithAsync(process.StandardOutput, "API base address: ", TimeSpan.FromSeconds(20));
            var accountsLine = await ReadLineStartingWithAsync(process.StandardOutput, "Accounts base address: ", TimeSpan.FromSeconds(5));
            Assert.Equal($"http://127.0.0.1:{port}/v1/", apiLine);
            using var http = new HttpClient { BaseAddress = new Uri(accountsLine) };

            var (status, body) = await OAuthClient.TokenAsync(http, new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, ("tool-client", "tool-secret"));

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
            var redirect = await OAuthClient.AuthorizeAsync(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(accountsLine) }, OAuthClient.AuthorizeUrl("tool-client", "http://127.0.0.1:43210/any/path", state: "t"));
            Assert.Equal("t", redirect["state"]);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task StandaloneHost_PortZero_PrintsTheChosenAddressesAndServesTheApi()
    {
        using var process = StartTool("--port", "0", "--client-id", "tool-client", "--client-secret", "tool-secret", "--redirect-uri", "https://app.example.com/callback");
        try
        {
            var apiLine = await ReadLineStartingWithAsync(process.StandardOutput, "API base address: ", TimeSpan.FromSeconds(20));
            var accountsLine = await ReadLineStartingWithAsync(process.StandardOutput, "Accounts base address: ", TimeSpan.FromSeconds(5));
            var api = new Uri(apiLine);
            Assert.Equal("127.0.0.1", api.Host);
            Assert.NotEqual(0, api.Port);
            Assert.Equal("/v1/", api.AbsolutePath);
            Assert.Equal(new Uri(accountsLine).Port, api.Port);
            using var accounts = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(accountsLine) };

            var (_, token) = await OAuthClient.TokenAsync(accounts, new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, ("tool-client", "tool-secret"));
            var accessToken = token.GetProperty("access_token").GetString();
            using var search = await GetAsync(accounts, new Uri(api, "search?q=a&type=album"), accessToken);

            // The app is in development mode, as a new Spotify app is: what Spotify withholds from it is refused.
            using var markets = await GetAsync(accounts, new Uri(api, "markets"), accessToken);
            var redirect = await OAuthClient.AuthorizeAsync(accounts, OAuthClient.AuthorizeUrl("tool-client", "https://app.example.com/callback", "user-read-email", "r"));

            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Contains("\"albums\"", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, markets.StatusCode);
            Assert.Equal("r", redirect["state"]);
            Assert.True(redirect.ContainsKey("code"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task StandaloneHost_UsersTokensFaultsConsentAndRotation_AllTakeEffect()
    {
        using var process = StartTool(
            "--port", "0", "--client-id", "tool-client", "--client-secret", "tool-secret",
            "--user", "alice=Alice Example", "--token", "alice",
            "--fault", "GET /v1/me 503 times=1",
            "--consent", "Deny", "--refresh-token-rotation", "Rotate");
        try
        {
            var api = new Uri(await ReadLineStartingWithAsync(process.StandardOutput, "API base address: ", TimeSpan.FromSeconds(20)));
            var accounts = new Uri(await ReadLineStartingWithAsync(process.StandardOutput, "Accounts base address: ", TimeSpan.FromSeconds(5)));
            var token = (await ReadLineStartingWithAsync(process.StandardOutput, "Token for alice: ", TimeSpan.FromSeconds(5))).Split(' ')
                .Select(part => part.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

            // The printed token acts for the added user; the fault answers the first call only.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetMeAsync(http, api, token["access_token"])).StatusCode);
            using var me = await GetMeAsync(http, api, token["access_token"]);
            var profile = await me.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Contains("\"id\":\"alice\"", profile, StringComparison.Ordinal);
            Assert.Contains("Alice Example", profile, StringComparison.Ordinal);

            // Rotation: a refresh token works once.
            using var accountsHttp = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = accounts };
            var refresh = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = token["refresh_token"] };
            Assert.Equal(HttpStatusCode.OK, (await OAuthClient.TokenAsync(accountsHttp, refresh, ("tool-client", "tool-secret"))).Status);
            var (reused, error) = await OAuthClient.TokenAsync(accountsHttp, refresh, ("tool-client", "tool-secret"));
            Assert.Equal(HttpStatusCode.BadRequest, reused);
            Assert.Equal("invalid_grant", error.GetProperty("error").GetString());

            // Consent: the user declines.
            var redirect = await OAuthClient.AuthorizeAsync(accountsHttp, OAuthClient.AuthorizeUrl("tool-client", "http://127.0.0.1:43210/cb", state: "s"));
            Assert.Equal("access_denied", redirect["error"]);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("GET /v1/me")]
    [InlineData("GET /v1/me 999")]
    [InlineData("GET v1/me 503")]
    [InlineData("GET /v1/me 503 times=0")]
    [InlineData("GET /v1/me delay=soon")]
    public async Task StandaloneHost_MalformedFault_ExitsTwoSayingWhatToWrite(string fault)
    {
        using var process = StartTool("--client-id", "id", "--client-secret", "secret", "--fault", fault);

        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("is not", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandaloneHost_ParentKilled_StopsAndFreesThePort()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var toolAssembly = ToolAssembly();

        // A parent that stays (not exec'd away): the shell waits for the emulator, as `dotnet run` does.
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"\"{Spotantic.Tests.Support.DotnetHost.Path}\" \"{toolAssembly}\" --port 0 --client-id id --client-secret secret; true"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var parent = Process.Start(start)!;
        var api = new Uri(await ReadLineStartingWithAsync(parent.StandardOutput, "API base address: ", TimeSpan.FromSeconds(20)));
        Assert.True(await AcceptsAsync(api.Port));

        parent.Kill(); // SIGKILL to the parent only: the emulator is orphaned, as when `dotnet run` is killed.
        await parent.WaitForExitAsync();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await AcceptsAsync(api.Port))
        {
            Assert.True(DateTime.UtcNow < deadline, "The orphaned emulator still listens 15 s after its parent was killed.");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task StandaloneHost_Help_PrintsUsageAndExitsZero()
    {
        using var process = StartTool("--help");

        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("--client-id ID --client-secret SECRET", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--client-id", "only-id")]
    [InlineData("--client-id", "id", "--client-secret", "secret", "--bogus")]
    public async Task StandaloneHost_MissingSecretOrUnknownArgument_ExitsTwoWithAMessage(params string[] arguments)
    {
        using var process = StartTool(arguments);

        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("secret", error.Replace("--client-secret", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string ToolAssembly()
    {
        var toolAssembly = typeof(EmulatorToolTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "EmulatorToolAssembly").Value;
        Assert.True(File.Exists(toolAssembly), $"The tool was not built: {toolAssembly}");
        return toolAssembly!;
    }

    private static Task<HttpResponseMessage> GetMeAsync(HttpClient http, Uri api, string accessToken) => GetAsync(http, new Uri(api, "me"), accessToken);

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, Uri url, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return await http.SendAsync(request);
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static Process StartTool(params string[] arguments)
    {
        var start = new ProcessStartInfo(Spotantic.Tests.Support.DotnetHost.Path, [ToolAssembly(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start)!;
    }

    private static async Task<string> ReadLineStartingWithAsync(StreamReader output, string prefix, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await output.ReadLineAsync(cancellation.Token) ?? throw new InvalidOperationException("The tool exited before printing " + prefix);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..];
            }
        }
    }
}
