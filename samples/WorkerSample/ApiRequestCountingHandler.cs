using System.Collections.Concurrent;
using System.Globalization;

namespace WorkerSample;

/// <summary>
/// An app's own handler in Spotantic's chain (added with <c>ApiHttpClient.AddHttpMessageHandler</c>). It runs after
/// the retry, scope and authentication handlers, so it sees every attempt as sent, the bearer header included:
/// a handler like this must never log the headers.
/// </summary>
internal sealed class ApiRequestCountingHandler(ApiRequestCounter counter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.Add(request.Method);
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Counts the HTTP requests sent to the Web API, per method. A singleton, because the container creates a new
/// <see cref="ApiRequestCountingHandler"/> for every handler chain it builds.
/// </summary>
internal sealed class ApiRequestCounter
{
    private readonly ConcurrentDictionary<string, int> _perMethod = new(StringComparer.Ordinal);

    public void Add(HttpMethod method) => _perMethod.AddOrUpdate(method.Method, 1, (_, count) => count + 1);

    /// <summary>Describes the counts so far and starts again from zero.</summary>
    /// <returns>For example <c>9 (GET 6, PUT 1, DELETE 1, ...)</c>.</returns>
    public string TakeSummary()
    {
        var counts = _perMethod.ToArray();
        _perMethod.Clear();
        var total = counts.Sum(p => p.Value);
        var parts = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}"));
        return string.Create(CultureInfo.InvariantCulture, $"{total} ({string.Join(", ", parts)})");
    }
}
