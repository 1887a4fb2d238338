using System.Collections.Concurrent;
using System.Net;

namespace Spotantic.Core.Tests.TestSupport;

/// <summary>
/// An in-process stand-in for a server: records every request it receives and answers either from a queue of
/// responses (in order) or from a function. With a queue, a request that finds it empty fails the call, so an
/// unexpected extra request cannot go unnoticed.
/// </summary>
public sealed class StubHttpMessageHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, Task<HttpResponseMessage>>> _queue = new();
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? _responder;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>Answers from the queue filled with the <c>Enqueue</c> methods.</summary>
    public StubHttpMessageHandler()
    {
    }

    /// <summary>Answers every request with <paramref name="responder"/>.</summary>
    public StubHttpMessageHandler(Func<RecordedRequest, HttpResponseMessage> responder)
    {
        ArgumentNullException.ThrowIfNull(responder);
        _responder = (request, _) => Task.FromResult(responder(request));
    }

    /// <summary>Answers every request with <paramref name="responder"/>, which may wait.</summary>
    public StubHttpMessageHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        ArgumentNullException.ThrowIfNull(responder);
        _responder = responder;
    }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>How many requests arrived.</summary>
    public int RequestCount => _requests.Count;

    public StubHttpMessageHandler Enqueue(Func<HttpResponseMessage> response)
    {
        _queue.Enqueue(_ => Task.FromResult(response()));
        return this;
    }

    public StubHttpMessageHandler Enqueue(HttpStatusCode status, string? body = null, string mediaType = "application/json") =>
        Enqueue(() => StubResponses.Create(status, body, mediaType));

    public StubHttpMessageHandler EnqueueJson(string json) => Enqueue(HttpStatusCode.OK, json);

    public StubHttpMessageHandler EnqueueException(Func<Exception> exception)
    {
        _queue.Enqueue(_ => Task.FromException<HttpResponseMessage>(exception()));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = await RecordedRequest.CaptureAsync(request, cancellationToken);
        _requests.Enqueue(recorded);
        HttpResponseMessage response;
        if (_responder is not null)
        {
            response = await _responder(recorded, cancellationToken);
        }
        else if (_queue.TryDequeue(out var next))
        {
            response = await next(recorded);
        }
        else
        {
            throw new InvalidOperationException($"The stub has no response queued for request #{_requests.Count}: {recorded}.");
        }

        response.RequestMessage ??= request;
        return response;
    }
}
