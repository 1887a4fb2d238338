using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Spotantic.Auth;
using Spotantic.Configuration;

namespace Spotantic.Http;

/// <summary>
/// The one place that defines the Web API handler chain and its order, outermost first:
/// <list type="number">
/// <item><see cref="SpotifyRateLimitGateHandler"/>: fails fast while a long <c>Retry-After</c> blocks the client ID;</item>
/// <item>the resilience handler (<see cref="SpotifyResiliencePipeline"/>): total timeout, retries, attempt timeout;</item>
/// <item><see cref="SpotifyScopeCheckHandler"/> (when <c>CheckInsufficientScope</c> is on): refuses before sending;</item>
/// <item><see cref="SpotifyAuthenticationHandler"/>: bearer token, one refresh on 401;</item>
/// <item>then any handlers the app adds, and the primary handler.</item>
/// </list>
/// Used both by the DI registration and by <see cref="SpotifyClient"/>, so the two cannot drift apart.
/// Handlers keep no per-request state, as IHttpClientFactory pools them.
/// </summary>
internal static class SpotifyHandlerChain
{
    public static IReadOnlyList<DelegatingHandler> Create(SpotanticOptions options, ISpotifyTokenManagerProvider tokens, SpotifyRateLimitGate gate, TimeProvider timeProvider, ILoggerFactory loggerFactory, string? appName = null)
    {
        var logger = loggerFactory.CreateLogger("Spotantic.Http");
        List<DelegatingHandler> handlers =
        [
            new SpotifyRateLimitGateHandler(gate, options.Client.MaxRetryAfter, timeProvider, logger),
            new ResilienceHandler(SpotifyResiliencePipeline.Create(options.Client, timeProvider, logger)),
        ];
        if (options.Client.CheckInsufficientScope)
        {
            handlers.Add(new SpotifyScopeCheckHandler(tokens, logger, appName));
        }

        handlers.Add(new SpotifyAuthenticationHandler(tokens, logger));
        return handlers;
    }

    /// <summary>
    /// The handlers of the accounts client: the same resilience pipeline (timeouts, 429 and, for repeatable grants,
    /// 5xx retries), without the rate-limit gate, scope check or authentication, which belong to the Web API.
    /// </summary>
    public static IReadOnlyList<DelegatingHandler> CreateAccounts(SpotanticOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory) =>
        [new ResilienceHandler(SpotifyResiliencePipeline.Create(options.Client, timeProvider, loggerFactory.CreateLogger("Spotantic.Auth")))];

    /// <summary>Links handlers into one chain over <paramref name="primary"/>.</summary>
    public static HttpMessageHandler Link(IReadOnlyList<DelegatingHandler> handlers, HttpMessageHandler primary)
    {
        var inner = primary;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }
}
