using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using Spotantic.Configuration;
using Spotantic.Exceptions;

namespace Spotantic.Http;

/// <summary>
/// The Polly pipeline of the resilience handler: total timeout, then retry, then a timeout per attempt.
/// </summary>
/// <remarks>
/// Retry rules (Spotify's, see the contract notes):
/// <list type="bullet">
/// <item>429 is retried for every operation (Spotify did not apply the request), waiting <c>Retry-After</c> when it
/// is within <c>MaxRetryAfter</c>, or backing off with jitter when the header is missing. A longer wait, or a
/// <c>QUOTA_EXCEEDED</c> reason, is not retried.</item>
/// <item>5xx, 408, transport errors and attempt timeouts are retried only for idempotent operations: Spotify may
/// have applied a <c>POST /me/player/next</c> before failing.</item>
/// <item>Spotantic's own refusals (scope check, rate-limit gate, auth) are never retried.</item>
/// </list>
/// </remarks>
internal static class SpotifyResiliencePipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Create(SpotanticClientOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(CreateRetryOptions(options, timeProvider, logger));
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    private static HttpRetryStrategyOptions CreateRetryOptions(SpotanticClientOptions options, TimeProvider timeProvider, ILogger logger) => new()
    {
        MaxRetryAttempts = options.MaxAttempts - 1,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        ShouldRetryAfterHeader = false,
        ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context, options.MaxRetryAfter, timeProvider),
        DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
            ? RetryAfter.Read(response, timeProvider)
            : null),
        OnRetry = args =>
        {
            var operationId = args.Context.GetRequestMessage() is { } request ? SpotifyRequestMetadata.From(request)?.Operation.Id ?? "request" : "request";
            var status = args.Outcome.Result is { } result ? ((int)result.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name ?? "fault";
            HttpLog.Retrying(logger, operationId, status, args.RetryDelay, args.AttemptNumber + 1);
            return ValueTask.CompletedTask;
        },
    };

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        var request = context.GetRequestMessage();
        var idempotent = request is not null && SpotifyRequestMetadata.From(request) is { IsIdempotent: true };

        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                SpotanticException => false,
                TimeoutRejectedException => idempotent,
                HttpRequestException => idempotent,
                _ => false,
            };
        }

        var response = outcome.Result!;
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                if (RetryAfter.Read(response, timeProvider) is { } wait && wait > maxRetryAfter)
                {
                    return false;
                }

                return !await IsQuotaExceededAsync(response, context.CancellationToken).ConfigureAwait(false);
            case HttpStatusCode.RequestTimeout:
            case HttpStatusCode.InternalServerError:
            case HttpStatusCode.BadGateway:
            case HttpStatusCode.ServiceUnavailable:
            case HttpStatusCode.GatewayTimeout:
                return idempotent;
            default:
                return false;
        }
    }

    private static async ValueTask<bool> IsQuotaExceededAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Buffer the body so the caller can still read it after the check.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return string.Equals(SpotifyErrorBody.Parse(body).Reason, "QUOTA_EXCEEDED", StringComparison.Ordinal);
    }
}
