using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Spotantic.Testing.Tests.Support;

/// <summary>The raw OAuth requests a client sends, written out by hand so the tests check the emulator, not a client.</summary>
internal static class OAuthClient
{
    public static string NewVerifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(64));

    public static string ChallengeOf(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string AuthorizeUrl(string clientId, string redirectUri, string? scope = null, string? state = null, string? challenge = null, string responseType = "code")
    {
        var query = new List<string>
        {
            "client_id=" + Uri.EscapeDataString(clientId),
            "response_type=" + responseType,
            "redirect_uri=" + Uri.EscapeDataString(redirectUri),
        };
        if (scope is not null)
        {
            query.Add("scope=" + Uri.EscapeDataString(scope));
        }

        if (state is not null)
        {
            query.Add("state=" + Uri.EscapeDataString(state));
        }

        if (challenge is not null)
        {
            query.Add("code_challenge_method=S256");
            query.Add("code_challenge=" + challenge);
        }

        return "authorize?" + string.Join('&', query);
    }

    /// <summary>Calls /authorize, expects a redirect, and returns the redirect's query parameters.</summary>
    public static async Task<Dictionary<string, string>> AuthorizeAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return QueryOf(response.Headers.Location!);
    }

    public static Dictionary<string, string> QueryOf(Uri location) =>
        location.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty));

    public static async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(HttpClient http, IDictionary<string, string> form, (string Id, string Secret)? basic = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/token") { Content = new FormUrlEncodedContent(form) };
        if (basic is { } credentials)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.Id}:{credentials.Secret}")));
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public static void AssertTokenError(HttpStatusCode status, JsonElement body, string error, string description)
    {
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.Equal(description, body.GetProperty("error_description").GetString());
    }

    /// <summary>Runs the PKCE flow up to the token response.</summary>
    public static async Task<JsonElement> PkceLoginAsync(HttpClient http, string clientId, string redirectUri, string scope)
    {
        var verifier = NewVerifier();
        var redirect = await AuthorizeAsync(http, AuthorizeUrl(clientId, redirectUri, scope, "s", ChallengeOf(verifier)));
        var (status, body) = await TokenAsync(http, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = redirect["code"],
            ["redirect_uri"] = redirectUri,
            ["client_id"] = clientId,
            ["code_verifier"] = verifier,
        });
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }
}
