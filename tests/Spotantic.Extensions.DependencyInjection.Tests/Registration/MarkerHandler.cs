namespace Spotantic.Extensions.DependencyInjection.Tests.Registration;

/// <summary>An app handler that passes requests through and remembers the <c>Authorization</c> header it saw.</summary>
internal sealed class MarkerHandler : DelegatingHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public string? LastAuthorization { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        LastAuthorization = request.Headers.Authorization?.ToString();
        return base.SendAsync(request, cancellationToken);
    }
}
