using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Serialization;

namespace Spotantic.Auth;

/// <summary>
/// Talks to Spotify's token endpoint (<c>POST /api/token</c>) for all three grants. Uses its own HttpClient,
/// outside the Web API handler chain; its resilience handler retries 429s and, for the grants that can safely be
/// repeated, 5xx answers and transport errors.
/// </summary>
internal sealed class SpotifyAccountsClient
{
    // A client-credentials or refresh request that failed with a 5xx can be sent again: at worst Spotify issues another
    // token. An authorization code is single-use, so its exchange is never repeated.
    private static readonly SpotifyRequestMetadata ClientCredentialsRequest = TokenRequest("token-client-credentials", isIdempotent: true);
    private static readonly SpotifyRequestMetadata RefreshRequest = TokenRequest("token-refresh", isIdempotent: true);
    private static readonly SpotifyRequestMetadata AuthorizationCodeRequest = TokenRequest("token-authorization-code", isIdempotent: false);

    private readonly Func<HttpClient> _httpClient;
    private readonly SpotanticAuthOptions _auth;
    private readonly Uri _tokenEndpoint;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public SpotifyAccountsClient(Func<HttpClient> httpClient, SpotanticOptions options, TimeProvider timeProvider, ILogger<SpotifyAccountsClient> logger)
    {
        _httpClient = httpClient;
        _auth = options.Auth;
        AccountsBaseAddress = options.Client.AccountsBaseAddress;
        _tokenEndpoint = new Uri(AccountsBaseAddress, "api/token");
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The accounts service base address.</summary>
    public Uri AccountsBaseAddress { get; }

    /// <summary>The configured flow.</summary>
    public SpotifyAuthFlow Flow => _auth.Flow;

    /// <summary>Requests an app-only token with the client credentials grant.</summary>
    public Task<SpotifyToken> RequestClientCredentialsAsync(CancellationToken cancellationToken) =>
        PostAsync("client_credentials", ClientCredentialsRequest, [new("grant_type", "client_credentials")], cancellationToken);

    /// <summary>Exchanges an authorization code (with the PKCE verifier when the flow uses one).</summary>
    public Task<SpotifyToken> ExchangeCodeAsync(string code, string redirectUri, string? codeVerifier, CancellationToken cancellationToken)
    {
        List<KeyValuePair<string, string>> form =
        [
            new("grant_type", "authorization_code"),
            new("code", code),
            new("redirect_uri", redirectUri),
        ];
        if (_auth.Flow == SpotifyAuthFlow.AuthorizationCodePkce)
        {
            form.Add(new("code_verifier", codeVerifier ?? throw new ArgumentException("The PKCE flow needs the code verifier of the authorization request.", nameof(codeVerifier))));
        }

        return PostAsync("authorization_code", AuthorizationCodeRequest, form, cancellationToken);
    }

    /// <summary>Refreshes a user token.</summary>
    public Task<SpotifyToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        PostAsync("refresh_token", RefreshRequest, [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], cancellationToken);

    private async Task<SpotifyToken> PostAsync(string grantType, SpotifyRequestMetadata metadata, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        // PKCE proves the client with the verifier and client_id; the other flows authenticate with the secret.
        var usesSecret = _auth.Flow != SpotifyAuthFlow.AuthorizationCodePkce;
        if (!usesSecret)
        {
            form.Add(new("client_id", _auth.ClientId!));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        request.Options.Set(SpotifyRequestMetadata.Key, metadata);
        if (usesSecret)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_auth.ClientId}:{_auth.ClientSecret}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        AuthLog.RequestingToken(_logger, grantType);
        HttpResponseMessage sent;
        try
        {
            sent = await _httpClient().SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SpotifyTimeoutException($"Spotify's token endpoint ({_tokenEndpoint}) did not answer within {ex.Timeout.TotalSeconds:0.###} s. Raise Spotantic:Client:AttemptTimeout or TotalTimeout if it is slow.", ex);
        }
        catch (HttpRequestException ex)
        {
            AuthLog.TokenRequestFailed(_logger, grantType, 0, ex.HttpRequestError.ToString());
            throw new SpotifyTokenRequestException(0, null, null, $"Could not reach Spotify's token endpoint ({_tokenEndpoint}): {ex.Message} Check the network and Spotantic:Client:AccountsBaseAddress.", ex);
        }

        using var response = sent;
        // SendAsync has already buffered the body (ResponseContentRead, its default), so reading it cannot fail on the network.
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = SpotifyErrorBody.Parse(body);
            AuthLog.TokenRequestFailed(_logger, grantType, (int)response.StatusCode, error.Error);
            throw new SpotifyTokenRequestException(response.StatusCode, error.Error, error.Message);
        }

        SpotifyToken? token;
        try
        {
            token = body.Length == 0 ? null : JsonSerializer.Deserialize(body, AuthJsonContext.Default.SpotifyToken);
        }
        catch (JsonException ex)
        {
            throw new SpotifyTokenRequestException(response.StatusCode, null, null, "Spotify's token endpoint answered with a body that is not a token (malformed JSON).", ex);
        }

        if (token is null || string.IsNullOrEmpty(token.AccessToken) || token.ExpiresIn <= 0)
        {
            throw new SpotifyTokenRequestException(response.StatusCode, null, null, "Spotify's token endpoint answered without an access token or lifetime.", null);
        }

        token = token with { ExpiresAt = _timeProvider.GetUtcNow().ToUnixTimeSeconds() + token.ExpiresIn };
        AuthLog.TokenObtained(_logger, grantType, token.ExpiresAtTime, token.Scope);
        return token;
    }

    private static SpotifyRequestMetadata TokenRequest(string id, bool isIdempotent) =>
        new(new SpotifyOperation(id, HttpMethod.Post, "/api/token", ScopeRequirement.None, isIdempotent), ScopeRequirement.None, isIdempotent);
}
