using Microsoft.Extensions.Logging;

namespace Spotantic.Http;

/// <summary>Source-generated log messages of the handler chain. None of them takes a token or a header.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Sending {Method} {Path} ({OperationId}).")]
    public static partial void Sending(ILogger logger, HttpMethod method, string path, string operationId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Received {StatusCode} for {OperationId}.")]
    public static partial void Received(ILogger logger, int statusCode, string operationId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Spotify refused the access token for {OperationId} (401); refreshing once and resending.")]
    public static partial void RefreshingAfterUnauthorized(ILogger logger, string operationId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Refused {OperationId} before sending: the token lacks {MissingScopes}.")]
    public static partial void MissingScopes(ILogger logger, string operationId, string missingScopes);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Retrying {OperationId} after {Status} in {Delay} (attempt {Attempt}).")]
    public static partial void Retrying(ILogger logger, string operationId, string status, TimeSpan delay, int attempt);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Spotify asked to wait {RetryAfter} for client {ClientId}, above the {Cap} cap: failing calls fast until {BlockedUntil:O}.")]
    public static partial void RateLimitGateClosed(ILogger logger, TimeSpan retryAfter, string clientId, TimeSpan cap, DateTimeOffset blockedUntil);
}
