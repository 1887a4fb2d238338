using System.Text;
using Microsoft.AspNetCore.Http;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Logging;

/// <summary>The outermost middleware: records each request on arrival and its status when the response starts.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, EmulatorState state)
{
    private const int MaxBodyBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        var log = state.RequestLog;
        if (!log.Enabled)
        {
            await next(http).ConfigureAwait(false);
            return;
        }

        var request = http.Request;
        string? body = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            request.EnableBuffering(MaxBodyBytes);
            using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            request.Body.Position = 0;
        }

        var query = request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var authorization = request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null;
        var entry = new EmulatorRequest(request.Method, request.Path.Value ?? "/", request.QueryString, query, authorization, request.ContentType, body, state.Clock.GetUtcNow());
        log.Add(entry);
        http.Features.Set(entry);

        // Set before the first byte is sent, so a test that has the response also sees its status here.
        // A dropped connection keeps status 0: the server may still run OnStarting after the abort.
        http.Response.OnStarting(() =>
        {
            if (!entry.Aborted)
            {
                entry.StatusCode = http.Response.StatusCode;
            }

            return Task.CompletedTask;
        });

        await next(http).ConfigureAwait(false);
        if (entry.StatusCode == 0 && !entry.Aborted)
        {
            entry.StatusCode = http.Response.StatusCode;
        }
    }
}
