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
