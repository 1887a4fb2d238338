using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>
/// The fake server refuses what Spotify refuses, so end-to-end tests cannot pass by the fake agreeing with the
/// client. These talk to it with a bare HttpClient.
/// </summary>
public sealed class FakeSpotifyServerTests
{
    private const string Verifier = "verifier-0123456789-0123456789-0123456789-0123456789";

    [Fact]
    public async Task Token_PkceVerifierWrong_AnswersInvalidGrantAndConsumesCode()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        using var http = CreateClient();
        var code = await AuthorizeAsync(server, http, Challenge(Verifier));

        using var wrong = await http.PostAsync(new Uri(server.BaseAddress, "api/token"), PkceForm(server, code, Verifier + "x"));
        using var retry = await http.PostAsync(new Uri(server.BaseAddress, "api/token"), PkceForm(server, code, Verifier));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(("invalid_grant", "code_verifier was incorrect"), await ReadOAuthErrorAsync(wrong));
        Assert.Equal(("invalid_grant", "Invalid authorization code"), await ReadOAuthErrorAsync(retry));
        Assert.Equal(2, server.TokenRequestCount("authorization_code"));
        Assert.Empty(server.IssuedAccessTokens);
    }

    [Fact]
    public async Task Token_PkceVerifierRight_IssuesTokenWithRequestedScope()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        using var http = CreateClient();
        var code = await AuthorizeAsync(server, http, Challenge(Verifier));

        using var response = await http.PostAsync(new Uri(server.BaseAddress, "api/token"), PkceForm(server, code, Verifier));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(server.IssuedAccessTokens.Single(), json.RootElement.GetProperty("access_token").GetString());
        Assert.Equal("user-library-read", json.RootElement.GetProperty("scope").GetString());
        Assert.Equal(3600, json.RootElement.GetProperty("expires_in").GetInt32());
        Assert.Contains(Verifier, server.KnownSecrets);
    }

    [Fact]
    public async Task Token_ClientCredentialsWithWrongSecret_AnswersInvalidClient()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        using var http = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseAddress, "api/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{server.ClientId}:wrong")));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("invalid_client", "Invalid client secret"), await ReadOAuthErrorAsync(response));
        Assert.Empty(server.IssuedAccessTokens);
    }

    [Fact]
    public async Task Authorize_RedirectUriNotRegistered_AnswersWithoutRedirect()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        using var http = CreateClient();

        using var response = await http.GetAsync(new Uri(server.BaseAddress, $"authorize?client_id={server.ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString("http://127.0.0.1:1/callback")}&state=s"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData(null, 401, "No token provided")]
    [InlineData("unknown", 401, "Invalid access token")]
    [InlineData("valid", 400, "Invalid limit")]
    public async Task SavedAlbums_BadTokenOrLimit_AnswersSpotifyErrorObject(string? token, int status, string message)
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        using var http = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.ApiBaseAddress, "me/albums?limit=51"));
        if (token is not null)
        {
            var bearer = token == "valid" ? server.IssueUserToken("user-library-read", DateTimeOffset.UtcNow.AddHours(1)).AccessToken : token;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(FakeResponse.ErrorBody(status, message), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SavedAlbums_TokenWithoutLibraryRead_Answers403()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        using var http = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.ApiBaseAddress, "me/albums"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.IssueUserToken("user-library-modify", DateTimeOffset.UtcNow.AddHours(1)).AccessToken);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(FakeResponse.ErrorBody(403, "Insufficient client scope"), await response.Content.ReadAsStringAsync());
    }

    private static HttpClient CreateClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false });

    private static async Task<string> AuthorizeAsync(FakeSpotifyServer server, HttpClient http, string challenge)
    {
        const string redirectUri = "http://127.0.0.1:9/callback";
        server.RegisterRedirectUri(redirectUri);
        var query = QueryHelpers.AddQueryString("authorize", new Dictionary<string, string?>
        {
            ["client_id"] = server.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["state"] = "s1",
            ["scope"] = "user-library-read",
            ["code_challenge_method"] = "S256",
            ["code_challenge"] = challenge,
        });
        using var response = await http.GetAsync(new Uri(server.BaseAddress, query));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var callback = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.Equal("s1", callback["state"].ToString());
        return callback["code"].ToString();
    }

    private static FormUrlEncodedContent PkceForm(FakeSpotifyServer server, string code, string verifier) => new(
    [
        new("grant_type", "authorization_code"),
        new("code", code),
        new("redirect_uri", "http://127.0.0.1:9/callback"),
        new("client_id", server.ClientId),
        new("code_verifier", verifier),
    ]);

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<(string? Error, string? Description)> ReadOAuthErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("error").GetString(), json.RootElement.GetProperty("error_description").GetString());
    }
}
