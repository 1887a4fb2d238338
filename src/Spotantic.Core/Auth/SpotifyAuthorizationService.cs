using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Http;

namespace Spotantic.Auth;

/// <summary>The authorization-code flows (with or without PKCE), interactive or driven by a web app.</summary>
internal sealed class SpotifyAuthorizationService : ISpotifyAuthorizationService
{
    private readonly SpotifyAccountsClient _accounts;
    private readonly ISpotifyTokenManagerProvider _tokens;
    private readonly Func<string> _tokenKey;
    private readonly ISpotifyBrowserLauncher _browser;
    private readonly SpotanticOptions _options;
    private readonly SpotanticAuthOptions _auth;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SpotifyAuthorizationService> _logger;

    public SpotifyAuthorizationService(SpotifyAccountsClient accounts, ISpotifyTokenManagerProvider tokens, Func<string> tokenKey, ISpotifyBrowserLauncher browser, SpotanticOptions options, TimeProvider timeProvider, ILogger<SpotifyAuthorizationService> logger)
    {
        _accounts = accounts;
        _tokens = tokens;
        _tokenKey = tokenKey;
        _browser = browser;
        _options = options;
        _auth = options.Auth;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Returns the same service acting for <paramref name="tokenKey"/>.</summary>
    /// <param name="tokenKey">The token key.</param>
    /// <returns>The service.</returns>
    public SpotifyAuthorizationService ForKey(string tokenKey) =>
        new(_accounts, _tokens, () => tokenKey, _browser, _options, _timeProvider, _logger);

    /// <inheritdoc />
    public SpotifyAuthorizationRequest CreateAuthorizationRequest(IEnumerable<string>? scopes = null, bool showDialog = false)
    {
        EnsureUserFlow();
        var scope = scopes is null ? _auth.Scope : string.Join(' ', scopes);
        var redirectUri = _auth.RedirectUri!;
        var state = Pkce.CreateState();
        var verifier = _auth.Flow == SpotifyAuthFlow.AuthorizationCodePkce ? Pkce.CreateVerifier() : null;

        var query = new QueryStringBuilder("authorize")
            .Query("client_id", _auth.ClientId)
            .Query("response_type", "code")
            .Query("redirect_uri", redirectUri)
            .Query("state", state)
            .Query("scope", string.IsNullOrWhiteSpace(scope) ? null : scope)
            .Query("show_dialog", showDialog ? "true" : null);
        if (verifier is not null)
        {
            query.Query("code_challenge_method", "S256").Query("code_challenge", Pkce.CreateChallenge(verifier));
        }

        return new SpotifyAuthorizationRequest(new Uri(_accounts.AccountsBaseAddress, query.ToString()), redirectUri, state, verifier, _tokenKey());
    }

    /// <inheritdoc />
    public async Task<SpotifyToken> CompleteAuthorizationAsync(SpotifyAuthorizationRequest request, IReadOnlyDictionary<string, string?> callbackParameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(callbackParameters);

        callbackParameters.TryGetValue("state", out var state);
        if (!FixedTimeEquals(state, request.State))
        {
            throw new SpotifyStateMismatchException();
        }

        if (callbackParameters.TryGetValue("error", out var error) && !string.IsNullOrEmpty(error))
        {
            throw new SpotifyAuthorizationDeniedException(error);
        }

        if (!callbackParameters.TryGetValue("code", out var code) || string.IsNullOrEmpty(code))
        {
            throw new SpotifyAuthorizationException("Spotify's redirect carried neither a code nor an error. Start the authorization again.");
        }

        var token = await _accounts.ExchangeCodeAsync(code, request.RedirectUri, request.CodeVerifier, cancellationToken).ConfigureAwait(false);
        await _tokens.GetManager(request.TokenKey).SetTokenAsync(token, CancellationToken.None).ConfigureAwait(false);
        AuthLog.AuthorizationCompleted(_logger);
        return token;
    }

    /// <inheritdoc />
    public async Task<SpotifyToken> AuthorizeAsync(CancellationToken cancellationToken = default)
    {
        var request = CreateAuthorizationRequest();
        var redirectUri = new Uri(request.RedirectUri);
        using var listener = LoopbackRedirectListener.Start(redirectUri, _logger);
        using var timeout = new CancellationTokenSource(_auth.AuthorizationTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        AuthLog.OpenAuthorizationUri(_logger, request.AuthorizationUri);
        if (!await _browser.OpenAsync(request.AuthorizationUri, linked.Token).ConfigureAwait(false))
        {
            await Console.Out.WriteLineAsync($"Open this address in a browser to authorize the app:{Environment.NewLine}{request.AuthorizationUri}").ConfigureAwait(false);
        }

        AuthLog.WaitingForCallback(_logger, request.RedirectUri, _auth.AuthorizationTimeout);
        System.Collections.Specialized.NameValueCollection query;
        try
        {
            query = await listener.WaitForCallbackAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SpotifyAuthorizationException($"No authorization callback arrived within {_auth.AuthorizationTimeout} (Spotantic:Auth:AuthorizationTimeout). Run the login again and complete it in the browser.", ex);
        }

        var parameters = query.AllKeys.Where(key => key is not null).ToDictionary(key => key!, key => query[key], StringComparer.Ordinal);
        return await CompleteAuthorizationAsync(request, parameters, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task SignOutAsync(CancellationToken cancellationToken = default) =>
        _tokens.GetManager(_tokenKey()).ClearAsync(cancellationToken);

    private void EnsureUserFlow()
    {
        if (_auth.Flow == SpotifyAuthFlow.ClientCredentials)
        {
            throw new InvalidOperationException("Spotantic:Auth:Flow is ClientCredentials, which has no user authorization: set Flow to AuthorizationCodePkce or AuthorizationCode to sign a user in.");
        }
    }

    private static bool FixedTimeEquals(string? actual, string expected) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
}
