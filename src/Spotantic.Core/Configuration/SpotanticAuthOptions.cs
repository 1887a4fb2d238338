namespace Spotantic.Configuration;

/// <summary>
/// How Spotantic authenticates with Spotify; bound from <c>Spotantic:Auth</c>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the client secret.</remarks>
public sealed class SpotanticAuthOptions
{
    /// <summary>The default redirect URI, matching the one the Python library documents.</summary>
    public const string DefaultRedirectUri = "http://127.0.0.1:8000/callback";

    /// <summary>The default token cache file, the Python library's default.</summary>
    public const string DefaultAccessTokenFilePath = ".token_info_cache";

    /// <summary>The app's Client ID from the Spotify Developer Dashboard. Required.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The app's Client Secret. Required for <see cref="SpotifyAuthFlow.ClientCredentials"/> and
    /// <see cref="SpotifyAuthFlow.AuthorizationCode"/>; not used with PKCE.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The redirect URI registered for the app. Spotify accepts HTTPS, or plain HTTP on a loopback IP literal
    /// (<c>127.0.0.1</c> or <c>[::1]</c>); <c>localhost</c> is refused.
    /// </summary>
    public string? RedirectUri { get; set; } = DefaultRedirectUri;

    /// <summary>The scopes to request, space-separated, e.g. <c>user-library-read user-library-modify</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>The OAuth flow. Defaults to <see cref="SpotifyAuthFlow.AuthorizationCodePkce"/>.</summary>
    public SpotifyAuthFlow Flow { get; set; } = SpotifyAuthFlow.AuthorizationCodePkce;

    /// <summary>Whether every token obtained is saved to <see cref="AccessTokenFilePath"/> and reused on the next run.</summary>
    public bool StoreAccessToken { get; set; }

    /// <summary>The default token cache file of a named app: the name when it is a plain file-name part, else its hash.</summary>
    /// <param name="appName">The app's name.</param>
    /// <returns>The path, relative to the working directory.</returns>
    internal static string DefaultAccessTokenFilePathFor(string appName) =>
        DefaultAccessTokenFilePath + "." + (appName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? appName : Auth.SpotifyTokenKeys.Hash(appName));

    /// <summary>
    /// The token cache file, in the Python library's format. Defaults to <c>.token_info_cache</c>; for an app registered
    /// with <c>AddSpotantic(name, ...)</c>, to <c>.token_info_cache.&lt;name&gt;</c>, so that two apps never share one file.
    /// </summary>
    public string AccessTokenFilePath { get; set; } = DefaultAccessTokenFilePath;

    /// <summary>
    /// Whether an expired user token is refreshed automatically. When off, an expired token raises
    /// <see cref="Exceptions.SpotifyAuthorizationRequiredException"/> until it is refreshed explicitly.
    /// </summary>
    public bool AllowLazyRefresh { get; set; } = true;

    /// <summary>How long before its expiry a token is treated as expired and refreshed. Defaults to 60 seconds.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long interactive authorization waits for the browser's callback. Defaults to 5 minutes.</summary>
    public TimeSpan AuthorizationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long the in-memory state of a token key (its token manager) is kept after its last use. Defaults to 10
    /// minutes. An idle key is released between one and one and a half times this after its last call, and loads its
    /// token from the token store when next used: the number of live managers is bounded by the keys used within that
    /// window, not by every user ever signed in.
    /// </summary>
    public TimeSpan TokenManagerIdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    public override string ToString() =>
        $"SpotanticAuthOptions {{ ClientId = {ClientId}, ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(not set)" : "***")}, RedirectUri = {RedirectUri}, Scope = {Scope}, Flow = {Flow}, StoreAccessToken = {StoreAccessToken}, AccessTokenFilePath = {AccessTokenFilePath}, AllowLazyRefresh = {AllowLazyRefresh} }}";
}
