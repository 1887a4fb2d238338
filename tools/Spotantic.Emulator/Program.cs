using System.CommandLine;
using Spotantic.Emulator;
using Spotantic.Testing;

// Runs the Spotify emulator standalone, for tests in any language; --help lists every option. For example:
//   dotnet run --project tools/Spotantic.Emulator -- --port 5599 --client-id ID --client-secret SECRET \
//     --user alice="Alice Example" --token alice --fault "GET /v1/albums/* 429 retry-after=5 times=1"
// Stops on Ctrl+C, SIGTERM, or when the process that started it exits (Linux, macOS).
var port = new Option<int>("--port") { Description = "The loopback port to listen on; 0 picks a free one.", DefaultValueFactory = _ => 5599 };
var clientId = new Option<string>("--client-id") { Description = "The app's client ID.", Required = true };
var clientSecret = new Option<string>("--client-secret") { Description = "The app's client secret.", Required = true };
var redirectUris = new Option<string[]>("--redirect-uri") { Description = "A redirect URI to register (repeatable); any http://127.0.0.1 or http://[::1] URI is accepted too. Default: http://127.0.0.1:8000/callback." };
var users = new Option<string[]>("--user") { Description = "Adds a user: ID or ID=Display Name (repeatable). The demo user spotantic.demo is always there." };
var signIn = new Option<EmulatorSignInMode>("--sign-in") { Description = "Who /authorize signs in: SignedInUser (the demo user, or the last --user) or SignInPage (a page per browser to choose a user).", DefaultValueFactory = _ => EmulatorSignInMode.SignedInUser };
var consent = new Option<ConsentMode>("--consent") { Description = "What /authorize does once the request is valid: AutoApprove, Deny or ShowConsentPage.", DefaultValueFactory = _ => ConsentMode.AutoApprove };
var rotation = new Option<RefreshTokenRotation>("--refresh-token-rotation") { Description = "What a refresh returns: NoNewToken (Spotify since 2026) or Rotate (a new refresh token each time; the old one is revoked).", DefaultValueFactory = _ => RefreshTokenRotation.NoNewToken };
var quota = new Option<EmulatorQuotaMode>("--quota") { Description = "What Spotify serves the app: Development (a new app: the operations and fields Spotify withholds from development-mode apps are refused or left out, as it does) or Extended (everything).", DefaultValueFactory = _ => EmulatorQuotaMode.Development };
var faults = new Option<string[]>("--fault") { Description = $"A fault to inject (repeatable): {FaultRule.Syntax}." };
var tokens = new Option<string[]>("--token") { Description = "Prints an access and refresh token for this user at start, with every scope, so a client can call without a browser (repeatable)." };

var root = new RootCommand("""
    The Spotantic Spotify emulator: Spotify's accounts service and Web API on 127.0.0.1, with a seeded catalog,
    users, fault injection and a request log.
    Usage: Spotantic.Emulator [--port 5599] --client-id ID --client-secret SECRET [--redirect-uri URI]... [options]
    """)
{
    port, clientId, clientSecret, redirectUris, quota, users, signIn, consent, rotation, faults, tokens,
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
    }

    await Console.Error.WriteLineAsync("Use --help for the options.").ConfigureAwait(false);
    return 2;
}

root.SetAction(async (result, cancellationToken) =>
{
    List<FaultRule> rules;
    try
    {
        rules = [.. (result.GetValue(faults) ?? []).Select(FaultRule.Parse)];
    }
    catch (FormatException ex)
    {
        await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
        return 2;
    }

    string[] redirects = result.GetValue(redirectUris) is { Length: > 0 } given ? given : ["http://127.0.0.1:8000/callback"];
    var emulator = await SpotifyEmulator.StartAsync(new SpotifyEmulatorOptions { Port = result.GetValue(port) }, cancellationToken).ConfigureAwait(false);
    await using var stopEmulator = emulator.ConfigureAwait(false);
    var id = result.GetRequiredValue(clientId);
    var app = emulator.RegisterApp(id, result.GetRequiredValue(clientSecret), redirects);
    app.AllowAnyLoopbackRedirect = true;
    app.QuotaMode = result.GetValue(quota);
    foreach (var user in result.GetValue(users) ?? [])
    {
        var (userId, name) = user.Split('=', 2) is [var u, var n] ? (u, n) : (user, null);
        emulator.AddUser(userId, name);
        emulator.Accounts.SignedInUserId = userId;
    }

    emulator.Accounts.SignIn = result.GetValue(signIn);
    emulator.Accounts.Consent = result.GetValue(consent);
    emulator.Accounts.RefreshTokenRotation = result.GetValue(rotation);
    foreach (var rule in rules)
    {
        rule.AddTo(emulator.Faults);
    }

    Console.WriteLine($"Spotify emulator listening on {emulator.BaseAddress}");
    Console.WriteLine($"API base address: {emulator.ApiBaseAddress}");
    Console.WriteLine($"Accounts base address: {emulator.AccountsBaseAddress}");
    Console.WriteLine($"Client ID: {id} ({app.QuotaMode} quota); redirect URIs: {string.Join(", ", redirects)} and any http://127.0.0.1 or http://[::1] URI");
    Console.WriteLine($"Users: {string.Join(", ", emulator.Users.Select(u => u.Id))}; /authorize signs in {(emulator.Accounts.SignIn == EmulatorSignInMode.SignInPage ? "the user chosen on its sign-in page" : emulator.Accounts.SignedInUserId)}; consent: {emulator.Accounts.Consent}; refresh tokens: {emulator.Accounts.RefreshTokenRotation}");
    foreach (var rule in rules)
    {
        Console.WriteLine($"Fault: {rule}");
    }

    foreach (var user in result.GetValue(tokens) ?? [])
    {
        var grant = emulator.Accounts.IssueUserToken(id, user, [.. EmulatorAccounts.AllScopes]);
        Console.WriteLine($"Token for {user}: access_token={grant.AccessToken} refresh_token={grant.RefreshToken} expires_at={grant.ExpiresAt:O} (every scope)");
    }

    Console.WriteLine("Press Ctrl+C to stop.");
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    ParentProcessWatch.Start(stop);
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
    }
    catch (OperationCanceledException)
    {
        // Stopping is the normal way out.
    }

    return 0;
});

return await parse.InvokeAsync().ConfigureAwait(false);
