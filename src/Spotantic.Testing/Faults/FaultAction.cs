namespace Spotantic.Testing.Faults;

internal enum FaultKind
{
    TooManyRequests,
    QuotaExceeded,
    Error,
    PlainText,
    Delay,
    DropConnection,
    TruncatedJson,
    MalformedJson,
}

/// <summary>What a fault does: the status, the announced Retry-After, the message or text, the delay.</summary>
internal sealed record FaultAction(FaultKind Kind, int Status, TimeSpan? RetryAfter, string? Text, TimeSpan Delay);
