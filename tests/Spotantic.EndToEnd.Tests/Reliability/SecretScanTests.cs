using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Tests.Support;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>
/// The secrets scan of docs/reliability.md: a session that signs in, refreshes, hits faults and fails in every way,
/// with logging captured at Trace; every secret the emulator saw must be absent from every log record, exception
/// message and <c>ToString()</c>.
/// </summary>
public sealed class SecretScanTests
{
    [Fact]
    public async Task FullSession_LogsAtTraceExceptionsAndToString_NeverContainASecret()
    {
        var redirectUri = $"http://127.0.0.1:{LoopbackPort.Free()}/callback";
        using var browser = new AutoConsentBrowser();
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions
        {
            Configure = o =>
            {
                o.Auth.Flow = SpotifyAuthFlow.AuthorizationCodePkce;
                o.Auth.RedirectUri = redirectUri;
                o.Logging.Debug = true;
            },
            ConfigureBuilder = b => b.UseBrowserLauncher(_ => browser),
            ConfigureLogging = l => l.SetMinimumLevel(LogLevel.Trace).AddFakeLogging(),
        });
        session.Emulator.FindApp(EmulatorSession.ClientId)!.AddRedirectUri(redirectUri);
        var albums = session.Client.Albums;
        var albumId = session.Emulator.Catalog.Albums[0].Id;
        var texts = new List<(string Where, string Text)>();
        void Observe(string where, object? value) => texts.Add((where, value?.ToString() ?? string.Empty));

        var login = await session.Client.Authorization.AuthorizeAsync();
        Observe("login token", login);
        var saved = await albums.GetUserSavedAlbumsAsync(limit: 3);
        Observe("result", saved);
        Observe("request", saved.Request);
        Observe("response", saved.Response);
        Assert.True(session.Emulator.Accounts.RevokeAccessToken(login.AccessToken));
        Observe("after refresh", await albums.GetAlbumAsync(albumId));
        Observe("refreshed token", await session.TokenStore.GetAsync(SpotifyTokenKeys.Default));
        Observe("not found", await Assert.ThrowsAsync<SpotifyNotFoundException>(() => albums.GetAlbumAsync("0000000000000000000000")));
        session.Emulator.Faults.On("GET", "/v1/albums/{id}").Next(10).RespondError(401, "Invalid access token");
        Observe("401 twice", await Assert.ThrowsAsync<SpotifyUnauthorizedException>(() => albums.GetAlbumAsync(albumId)));
        session.Emulator.Faults.Clear();
        session.Emulator.Faults.On("GET", "/v1/albums/{id}").Next(1).RespondTooManyRequests(TimeSpan.FromHours(2));
        Observe("429", await Assert.ThrowsAsync<SpotifyRateLimitException>(() => albums.GetAlbumAsync(albumId)));

        var webLogin = session.Client.Authorization.CreateAuthorizationRequest();
        Observe("authorization request", webLogin);
        var callback = await FollowAuthorizeAsync(webLogin.AuthorizationUri);
        Observe("web login token", await session.Client.Authorization.CompleteAuthorizationAsync(webLogin, callback));
        Observe("reused code", await Assert.ThrowsAsync<SpotifyTokenRequestException>(() => session.Client.Authorization.CompleteAuthorizationAsync(webLogin, callback)));

        Assert.True(session.Emulator.Accounts.RevokeTokensOfUser(session.User.Id) > 0);
        Observe("invalid_grant", await Assert.ThrowsAnyAsync<SpotanticException>(() => albums.GetUserSavedAlbumsAsync()));

        // The PKCE session never sends the client secret; a second session, of a confidential app, refreshes its expired
        // token with Basic credentials so that the secret crosses the wire too.
        await using var confidential = await EmulatorSession.StartAsync(new EmulatorSessionOptions
        {
            StartWithExpiredToken = true,
            Configure = o => o.Logging.Debug = true,
            ConfigureLogging = l => l.SetMinimumLevel(LogLevel.Trace).AddFakeLogging(),
        });
        Observe("after a refresh with the secret", await confidential.Client.Albums.GetAlbumAsync(albumId));
        Observe("confidential refreshed token", await confidential.TokenStore.GetAsync(SpotifyTokenKeys.Default));

        var secrets = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<FakeLogRecord>();
        foreach (var scanned in new[] { session, confidential })
        {
            var options = scanned.Services.GetRequiredService<IOptions<SpotanticOptions>>().Value;
            Observe("options", options);
            Observe("auth options", options.Auth);
            Observe("client options", options.Client);
            records.AddRange(scanned.Services.GetFakeLogCollector().GetSnapshot());
            secrets.UnionWith(SecretsSeenBy(scanned));
        }

        foreach (var record in records)
        {
            Observe($"log {record.Category} message", record.Message);
            Observe($"log {record.Category} exception", record.Exception);
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                Observe($"log {record.Category} state {key}", value);
            }
        }

        // The scan proves something only if the sessions really handled every kind of secret and really logged.
        Assert.Contains(confidential.Emulator.RequestLog.Entries, e => e.Path == "/api/token" && e.Authorization?.StartsWith("Basic ", StringComparison.Ordinal) == true);
        Assert.Contains(EmulatorSession.ClientSecret, secrets);
        Assert.Contains(webLogin.CodeVerifier!, secrets);
        Assert.True(secrets.Count >= 8, $"only {secrets.Count} secrets were seen");
        Assert.Contains(records, r => r.Category?.StartsWith("Spotantic", StringComparison.Ordinal) == true && r.Level <= LogLevel.Debug);
        var leaks = (from secret in secrets
                     from text in texts
                     where text.Text.Contains(secret, StringComparison.Ordinal)
                     select $"{text.Where}: {text.Text}").Distinct().ToList();
        Assert.Empty(leaks);
    }

    /// <summary>Every credential that crossed the wire: bearer tokens, Basic credentials, codes, verifiers, refresh tokens.</summary>
    private static HashSet<string> SecretsSeenBy(EmulatorSession session)
    {
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in session.Emulator.RequestLog.Entries)
        {
            if (entry.Authorization is { } authorization)
            {
                var (scheme, value) = (authorization.Split(' ', 2)[0], authorization.Split(' ', 2)[1]);
                secrets.Add(value);
                if (scheme == "Basic")
                {
                    secrets.Add(Encoding.UTF8.GetString(Convert.FromBase64String(value)).Split(':', 2)[1]);
                }
            }

            if (entry.Path == "/api/token" && entry.Body is { } body)
            {
                foreach (var (name, value) in QueryHelpers.ParseQuery(body))
                {
                    if (name is "code" or "code_verifier" or "refresh_token")
                    {
                        secrets.Add(value.ToString());
                    }
                }
            }
        }

        return secrets;
    }

    private static async Task<Dictionary<string, string?>> FollowAuthorizeAsync(Uri authorizationUri)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var response = await http.GetAsync(authorizationUri);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"The authorize page answered {(int)response.StatusCode} without a redirect.");
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.Ordinal);
    }
}
