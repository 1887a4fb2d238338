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
