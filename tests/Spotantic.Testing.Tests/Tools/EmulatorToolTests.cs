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
        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost(), [toolAssembly!, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--client-id", "tool-client", "--client-secret", "tool-secret"])
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
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api, "markets"));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
            using var markets = await accounts.SendAsync(request);
            var redirect = await OAuthClient.AuthorizeAsync(accounts, OAuthClient.AuthorizeUrl("tool-client", "https://app.example.com/callback", "user-read-email", "r"));

            Assert.Equal(HttpStatusCode.OK, markets.StatusCode);
            Assert.Contains("\"markets\"", await markets.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

    private static Process StartTool(params string[] arguments)
    {
        var toolAssembly = typeof(EmulatorToolTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "EmulatorToolAssembly").Value;
        Assert.True(File.Exists(toolAssembly), $"The tool was not built: {toolAssembly}");
        var start = new ProcessStartInfo(DotnetHost(), [toolAssembly!, .. arguments])
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

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
