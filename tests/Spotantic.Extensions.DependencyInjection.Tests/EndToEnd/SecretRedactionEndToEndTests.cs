using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

public sealed class SecretRedactionEndToEndTests
{
    [Theory]
    [InlineData(SpotifyAuthFlow.AuthorizationCode)]
    [InlineData(SpotifyAuthFlow.AuthorizationCodePkce)]
    public async Task FullSession_LogsCapturedAtTrace_NeverContainASecret(SpotifyAuthFlow flow)
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.CreateFromConfiguration(server, redirectUri => Configuration(server, flow, redirectUri));
        var texts = new List<(string Where, string Text)>();
        void Observe(string where, object? value) => texts.Add((where, value?.ToString() ?? string.Empty));

        var login = await host.Authorization.AuthorizeAsync();
        Observe("login token", login);
        var saved = await host.Albums.GetUserSavedAlbumsAsync(limit: 3);
        Observe("result", saved);
        Observe("request", saved.Request);
        Observe("response", saved.Response);
        var album = await host.Albums.GetAlbumAsync(server.Catalog.Albums[1].Id);
        Observe("result", album);
        server.RevokeAccessToken(login.AccessToken);
        var afterRefresh = await host.Albums.GetUserSavedAlbumsAsync(limit: 1);
        Observe("result", afterRefresh);
        Observe("refreshed token", await host.Tokens.GetTokenAsync());

        Observe("not found", await Assert.ThrowsAsync<SpotifyNotFoundException>(() => host.Albums.GetAlbumAsync("0000000000000000000000")));
        server.Enqueue("POST", FakeSpotifyServer.NonIdempotentPath, FakeResponse.ServiceUnavailable());
        Observe("503", await Assert.ThrowsAsync<SpotifyApiException>(() => host.Connection.SendAsync(new NonIdempotentTestRequest(), CancellationToken.None)));
        server.Enqueue("GET", "/v1/me/albums", FakeResponse.Unauthorized(), count: 2);
        Observe("401 twice", await Assert.ThrowsAsync<SpotifyUnauthorizedException>(() => host.Albums.GetUserSavedAlbumsAsync()));

        var webLogin = host.Authorization.CreateAuthorizationRequest();
        Observe("authorization request", webLogin);
        var callback = await FollowAuthorizeAsync(webLogin.AuthorizationUri);
        await host.Authorization.CompleteAuthorizationAsync(webLogin, callback);
        Observe("reused code", await Assert.ThrowsAsync<SpotifyTokenRequestException>(() => host.Authorization.CompleteAuthorizationAsync(webLogin, callback)));

        server.RevokeAllRefreshTokens();
        server.ExpireAllAccessTokens();
        Observe("invalid_grant", await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => host.Albums.GetUserSavedAlbumsAsync()));

        var options = host.Services.GetRequiredService<IOptions<SpotanticOptions>>().Value;
        Observe("options", options);
        Observe("auth options", options.Auth);
        Observe("client options", options.Client);

        var records = host.Logs.GetSnapshot();
        foreach (var record in records)
        {
            Observe($"log {record.Category} message", record.Message);
            Observe($"log {record.Category} exception", record.Exception);
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                Observe($"log {record.Category} state {key}", value);
            }

            foreach (var scope in record.Scopes)
            {
                Observe($"log {record.Category} scope", scope);
            }
        }

        // The test only proves something if the session really produced secrets and Spotantic logs.
        var secrets = server.KnownSecrets;
        Assert.Contains(server.ClientSecret, secrets);
        Assert.True(secrets.Count >= 6, $"Only {secrets.Count} secrets were issued or received.");
        if (flow == SpotifyAuthFlow.AuthorizationCodePkce)
        {
            Assert.Contains(webLogin.CodeVerifier!, secrets);
        }

        Assert.Contains(records, r => IsSpotantic(r) && r.Level == LogLevel.Debug);
        Assert.Contains(records, r => IsSpotantic(r) && r.Message.Contains("refreshing once", StringComparison.Ordinal));
        Assert.Contains(records, r => IsSpotantic(r) && r.Level == LogLevel.Warning && r.Message.Contains("invalid_grant", StringComparison.Ordinal));

        var leaks = (from secret in secrets
                     from text in texts
                     where text.Text.Contains(secret, StringComparison.Ordinal)
                     select $"{text.Where}: {text.Text}").Distinct().ToList();
        Assert.Empty(leaks);
    }

    private static bool IsSpotantic(FakeLogRecord record) =>
        record.Category?.StartsWith("Spotantic", StringComparison.Ordinal) == true;

    private static IConfiguration Configuration(FakeSpotifyServer server, SpotifyAuthFlow flow, string redirectUri)
    {
        var json = new JsonObject
        {
            ["Spotantic"] = new JsonObject
            {
                ["Auth"] = new JsonObject
                {
                    ["ClientId"] = server.ClientId,
                    // Configured for PKCE too: a secret that is set but unused must not leak either.
                    ["ClientSecret"] = server.ClientSecret,
                    ["Flow"] = flow.ToString(),
                    ["RedirectUri"] = redirectUri,
                    ["Scope"] = SpotanticTestHost.DefaultScope,
                    ["AuthorizationTimeout"] = "00:00:15",
                },
                ["Client"] = new JsonObject
                {
                    ["ApiBaseAddress"] = server.ApiBaseAddress.AbsoluteUri,
                    ["AccountsBaseAddress"] = server.BaseAddress.AbsoluteUri,
                    ["RetryBaseDelay"] = "00:00:00.005",
                },
                ["Logging"] = new JsonObject { ["Debug"] = true },
            },
        };
        return new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()))).Build();
    }

    private static async Task<Dictionary<string, string?>> FollowAuthorizeAsync(Uri authorizationUri)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var response = await http.GetAsync(authorizationUri);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"The authorize page answered {(int)response.StatusCode} without a redirect.");
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.Ordinal);
    }
}
