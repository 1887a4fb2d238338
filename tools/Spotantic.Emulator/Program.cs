using System.Globalization;
using System.Runtime.InteropServices;
using Spotantic.Testing;

// Runs the Spotify emulator standalone, for tests in any language:
//   dotnet run --project tools/Spotantic.Emulator -- --port 5599 --client-id ID --client-secret SECRET [--redirect-uri URI]...
// The app gets http://127.0.0.1:8000/callback plus any loopback-IP redirect URI. Stops on Ctrl+C or SIGTERM.
var port = 5599;
string? clientId = null;
string? clientSecret = null;
var redirectUris = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--port":
            port = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture);
            break;
        case "--client-id":
            clientId = Value();
            break;
        case "--client-secret":
            clientSecret = Value();
            break;
        case "--redirect-uri":
            redirectUris.Add(Value());
            break;
        case "--help" or "-h":
            Console.WriteLine("Usage: Spotantic.Emulator [--port 5599] --client-id ID --client-secret SECRET [--redirect-uri URI]...");
            return 0;
        default:
            await Console.Error.WriteLineAsync($"Unknown argument '{args[i]}'. Use --help.").ConfigureAwait(false);
            return 2;
    }
}

if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(clientSecret))
{
    await Console.Error.WriteLineAsync("--client-id and --client-secret are required.").ConfigureAwait(false);
    return 2;
}

if (redirectUris.Count == 0)
{
    redirectUris.Add("http://127.0.0.1:8000/callback");
}

var emulator = await SpotifyEmulator.StartAsync(new SpotifyEmulatorOptions { Port = port }).ConfigureAwait(false);
await using var stopEmulator = emulator.ConfigureAwait(false);
emulator.RegisterApp(clientId, clientSecret, [.. redirectUris]).AllowAnyLoopbackRedirect = true;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

Console.WriteLine($"Spotify emulator listening on {emulator.BaseAddress}");
Console.WriteLine($"API base address: {emulator.ApiBaseAddress}");
Console.WriteLine($"Accounts base address: {emulator.AccountsBaseAddress}");
Console.WriteLine($"Client ID: {clientId}; redirect URIs: {string.Join(", ", redirectUris)} and any http://127.0.0.1 or http://[::1] URI");
Console.WriteLine($"Demo user: {emulator.DemoUser?.Id}. Press Ctrl+C to stop.");

try
{
    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
}
catch (OperationCanceledException)
{
    // Stopping is the normal way out.
}

return 0;
