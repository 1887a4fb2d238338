namespace Spotantic.Http;

/// <summary>Reads the <c>Retry-After</c> header (delta seconds or an HTTP date).</summary>
internal static class RetryAfter
{
    /// <summary>Returns how long the response asks the client to wait, or <see langword="null"/> when it does not say.</summary>
    /// <param name="response">The response.</param>
    /// <param name="timeProvider">The clock, for the HTTP-date form.</param>
    /// <returns>The wait, never negative.</returns>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
