using System.Globalization;
using System.Net;
using System.Reflection;

namespace WebSample.Tests.Support;

/// <summary>
/// Runs the built web sample as a child process (<c>dotnet WebSample.dll --urls http://127.0.0.1:{port}</c>) on a free
/// loopback port, with ASP.NET Core's own URL and environment settings and a browser to open also cleared, so a
/// developer's own configuration never leaks into a test.
/// </summary>
public sealed class WebSampleProcess : IDisposable
{
    private readonly ChildProcess _process;

    private WebSampleProcess(ChildProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The built sample's assembly, recorded at build time.</summary>
    public static string AssemblyPath { get; } = typeof(WebSampleProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "WebSampleAssembly").Value!;

    /// <summary>The address the sample listens on, such as <c>http://127.0.0.1:24567/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The first standard-output line.</summary>
    public string FirstLine { get; private set; } = "";

    /// <summary>Every standard-output line so far.</summary>
    public string Output => _process.Output;

    /// <summary>Standard error so far.</summary>
    public string Error => _process.Error;

    /// <summary>
    /// Starts the sample and waits until it printed its first line and answers HTTP requests. A port another process
    /// took in the meantime is retried on another one.
    /// </summary>
    /// <param name="workingDirectory">Where the sample runs.</param>
    /// <param name="timeout">How long it may take to answer.</param>
    /// <param name="settings">Further configuration, passed as <c>--Key value</c> arguments.</param>
    public static async Task<WebSampleProcess> StartAsync(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? settings = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var sample = Start(workingDirectory, LoopbackPort.Free(), settings);
            try
            {
                await sample.WaitUntilReadyAsync(timeout);
                return sample;
            }
            catch (Exception) when (attempt < 3 && sample._process.HasExited && sample.Output.Length == 0 && sample.Error.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                sample.Dispose();
            }
            catch
            {
                sample.Dispose();
                throw;
            }
        }
    }

    /// <summary>Stops the sample and every process it started.</summary>
    public void Dispose() => _process.Dispose();

    private static WebSampleProcess Start(string workingDirectory, int port, IReadOnlyDictionary<string, string>? settings)
    {
        var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var process = ChildProcess.Start(
            AssemblyPath,
            workingDirectory,
            key => key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key is "DOTNET_URLS" or "DOTNET_ENVIRONMENT" or "BROWSER",
            null,
            ["--urls", baseAddress.GetLeftPart(UriPartial.Authority), .. (settings ?? new Dictionary<string, string>()).SelectMany(s => new[] { "--" + s.Key, s.Value })]);
        return new WebSampleProcess(process, baseAddress);
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        // One deadline for the first line and the first answer together.
        using var cancellation = new CancellationTokenSource(timeout);
        FirstLine = await _process.WaitForLineAsync(_ => true, timeout);

        // The line may come before Kestrel listens: wait until the home page answers.
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(BaseAddress, cancellation.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The web sample's home page {BaseAddress} did not answer 200 within {timeout}.{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
            }

            if (_process.HasExited)
            {
                Assert.Fail($"The web sample exited with code {_process.ExitCode}.{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
            }

            try
            {
                await Task.Delay(200, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The web sample's home page {BaseAddress} did not answer 200 within {timeout}.{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
            }
        }
    }
}
