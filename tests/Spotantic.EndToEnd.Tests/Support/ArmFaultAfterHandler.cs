namespace Spotantic.EndToEnd.Tests.Support;

/// <summary>
/// An app handler (inside Spotantic's chain, so it sees every attempt) that runs an action when the n-th request matching
/// a method and path reaches it, before passing it on: e.g. to make the third chunk of a batch fail.
/// </summary>
public sealed class ArmFaultAfterHandler(HttpMethod method, string path, int before, Action arm) : DelegatingHandler
{
    private int _seen;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == method && request.RequestUri?.AbsolutePath == path && Interlocked.Increment(ref _seen) == before + 1)
        {
            arm();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
