using System.Net;
using Microsoft.Extensions.Logging;
using Spotantic.Exceptions;

namespace Spotantic.Http;

/// <summary>
/// Outermost handler: fails fast while the client ID's rate-limit gate is closed, and closes the gate when a 429
/// asks for a wait above <c>Spotantic:Client:MaxRetryAfter</c> (the retry strategy does not wait those out).
/// </summary>
internal sealed class SpotifyRateLimitGateHandler : DelegatingHandler
{
    private readonly SpotifyRateLimitGate _gate;
    private readonly TimeSpan _cap;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public SpotifyRateLimitGateHandler(SpotifyRateLimitGate gate, TimeSpan cap, TimeProvider timeProvider, ILogger logger)
    {
        _gate = gate;
        _cap = cap;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operationId = SpotifyRequestMetadata.From(request)?.Operation.Id;
        if (_gate.Remaining(_timeProvider.GetUtcNow()) is { } remaining)
        {
            throw new SpotifyRateLimitException(remaining, "Rate limit still in effect from an earlier 429; the request was not sent", null, operationId);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter.Read(response, _timeProvider) is { } retryAfter && retryAfter > _cap)
        {
            var until = _timeProvider.GetUtcNow() + retryAfter;
            _gate.Block(until);
            HttpLog.RateLimitGateClosed(_logger, retryAfter, _gate.ClientId, _cap, until);
        }

        return response;
    }
}
