using Spotantic.Testing.Faults;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing;

/// <summary>Chooses how often a fault applies (by default to every matching request) and then which fault.</summary>
public sealed class EmulatorFaultBuilder
{
    private readonly EmulatorFaults _faults;
    private readonly PathPattern _pattern;
    private int? _count;
    private double _probability = 1.0;

    internal EmulatorFaultBuilder(EmulatorFaults faults, PathPattern pattern)
    {
        _faults = faults;
        _pattern = pattern;
    }

    /// <summary>Applies the fault to the next <paramref name="count"/> matching requests only.</summary>
    /// <param name="count">At least 1.</param>
    /// <returns>This builder.</returns>
    public EmulatorFaultBuilder Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _count = count;
        return this;
    }

    /// <summary>Applies the fault to each matching request with a probability (combined with <see cref="Next"/> if set).</summary>
    /// <param name="share">Between 0 (exclusive) and 1 (inclusive).</param>
    /// <returns>This builder.</returns>
    public EmulatorFaultBuilder WithProbability(double share)
    {
        if (share is <= 0 or > 1 || double.IsNaN(share))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The share must be in (0, 1].");
        }

        _probability = share;
        return this;
    }

    /// <summary>429 with <c>Retry-After</c> in whole seconds (rounded up), or without the header when null.</summary>
    /// <param name="retryAfter">The delay to announce, or null for no header.</param>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle RespondTooManyRequests(TimeSpan? retryAfter = null) =>
        Add(new FaultAction(FaultKind.TooManyRequests, 429, retryAfter, null, TimeSpan.Zero));

    /// <summary>
    /// 429 with the quota body <c>{"error":{"status":429,"message":"Too many requests","reason":"QUOTA_EXCEEDED"}}</c>.
    /// </summary>
    /// <param name="retryAfter">The delay to announce, or null for no header.</param>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle RespondQuotaExceeded(TimeSpan? retryAfter = null) =>
        Add(new FaultAction(FaultKind.QuotaExceeded, 429, retryAfter, null, TimeSpan.Zero));

    /// <summary>A 5xx with Spotify's error body.</summary>
    /// <param name="status">500, 502, 503 or another status from 500 to 599.</param>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle RespondServerError(int status = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return Add(new FaultAction(FaultKind.Error, status, null, SpotifyErrors.MessageFor(status), TimeSpan.Zero));
    }

    /// <summary>Any error status with Spotify's error body, e.g. 403 "Forbidden".</summary>
    /// <param name="status">A status from 400 to 599.</param>
    /// <param name="message">The message; by default a standard one for the status.</param>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle RespondError(int status, string? message = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return Add(new FaultAction(FaultKind.Error, status, null, message ?? SpotifyErrors.MessageFor(status), TimeSpan.Zero));
    }

    /// <summary>A plain-text (not JSON) error body, as some of Spotify's 403 responses are.</summary>
    /// <param name="status">The status.</param>
    /// <param name="text">The body.</param>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle RespondPlainText(int status, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        ArgumentNullException.ThrowIfNull(text);
        return Add(new FaultAction(FaultKind.PlainText, status, null, text, TimeSpan.Zero));
    }

    /// <summary>Waits, then answers normally.</summary>
    /// <param name="delay">The wait.</param>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return Add(new FaultAction(FaultKind.Delay, 0, null, null, delay));
    }

    /// <summary>Closes the connection without an answer.</summary>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle DropConnection() => Add(new FaultAction(FaultKind.DropConnection, 0, null, null, TimeSpan.Zero));

    /// <summary>Answers normally but sends only the first half of the body (with a matching Content-Length).</summary>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle TruncateJson() => Add(new FaultAction(FaultKind.TruncatedJson, 0, null, null, TimeSpan.Zero));

    /// <summary>Answers with the normal status and content type but a body that is not valid JSON.</summary>
    /// <returns>The rule.</returns>
    public EmulatorFaultHandle MalformJson() => Add(new FaultAction(FaultKind.MalformedJson, 0, null, null, TimeSpan.Zero));

    private EmulatorFaultHandle Add(FaultAction action) => _faults.Add(new EmulatorFaultHandle(_faults, _pattern, _count, _probability, action));
}
