using Microsoft.Extensions.Logging;

namespace Spotantic.Auth;

/// <summary>Source-generated log messages of the auth components. None of them takes a secret.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Requesting a token from Spotify ({GrantType}).")]
    public static partial void RequestingToken(ILogger logger, string grantType);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Obtained a Spotify token ({GrantType}), valid until {ExpiresAt:O}, scopes '{Scope}'.")]
    public static partial void TokenObtained(ILogger logger, string grantType, DateTimeOffset expiresAt, string? scope);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Spotify's token endpoint refused the request ({GrantType}): {StatusCode} {Error}.")]
    public static partial void TokenRequestFailed(ILogger logger, string grantType, int statusCode, string? error);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Loaded a stored Spotify token for key '{Key}', valid until {ExpiresAt:O}.")]
    public static partial void TokenLoaded(ILogger logger, string key, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Debug, Message = "Stored the Spotify token for key '{Key}'.")]
    public static partial void TokenStored(ILogger logger, string key);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Spotify refused the refresh token for key '{Key}'; the user must authorize again.")]
    public static partial void RefreshTokenRejected(ILogger logger, string key);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug, Message = "The Spotify token for key '{Key}' changed on another instance; it is read from the store on next use.")]
    public static partial void TokenChangedElsewhere(ILogger logger, string key);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Could not tell the other instances that the Spotify token for key '{Key}' changed; they read it from the store when theirs expires.")]
    public static partial void ChangeNotPublished(ILogger logger, string key, Exception exception);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "Could not coordinate the refresh of the Spotify token for key '{Key}' with the other instances; the current token stays in use until {ExpiresAt:O}.")]
    public static partial void RefreshPostponed(ILogger logger, string key, DateTimeOffset expiresAt, Exception exception);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Error, Message = "The Spotify token for key '{Key}' has expired and its refresh cannot be coordinated with the other instances; no refresh token is sent alone, and calls for this key fail until the coordinator is back.")]
    public static partial void RefreshNotCoordinated(ILogger logger, string key, Exception exception);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Warning, Message = "The Spotify token for key '{Key}' changed on another instance, but the token store cannot be read now; the token held stays in use until {ExpiresAt:O}.")]
    public static partial void StoreUnreadableTokenKept(ILogger logger, string key, DateTimeOffset expiresAt, Exception exception);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Error, Message = "The refreshed Spotify token for key '{Key}' could not be stored; it serves this instance, and the others refresh again. If Spotify replaced the refresh token, the user must sign in again.")]
    public static partial void RefreshNotStored(ILogger logger, string key, Exception exception);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Open this address in a browser to authorize the app: {AuthorizationUri}")]
    public static partial void OpenAuthorizationUri(ILogger logger, Uri authorizationUri);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Waiting for Spotify's redirect on {RedirectUri} (up to {Timeout}).")]
    public static partial void WaitingForCallback(ILogger logger, string redirectUri, TimeSpan timeout);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Debug, Message = "Ignored a request to '{Path}' on the redirect listener.")]
    public static partial void IgnoredCallbackRequest(ILogger logger, string path);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Authorization completed.")]
    public static partial void AuthorizationCompleted(ILogger logger);
}
