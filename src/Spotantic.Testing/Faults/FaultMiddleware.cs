using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Faults;

/// <summary>Runs before routing: applies the first fault rule that selects the request, or passes it on.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, EmulatorState state)
{
    private static readonly byte[] MalformedBody = Encoding.UTF8.GetBytes("{\"id\": \"malformed\" \"items\": [1, 2,, 3], }");

    public async Task InvokeAsync(HttpContext http)
    {
        var rule = state.Faults.Select(http.Request.Method, http.Request.Path.Value ?? "/");
        if (rule is null)
        {
            await next(http).ConfigureAwait(false);
            return;
        }

        var action = rule.Action;
        switch (action.Kind)
        {
            case FaultKind.TooManyRequests:
                SetRetryAfter(http, action.RetryAfter);
                await SpotifyErrors.WriteAsync(http, 429, SpotifyErrors.RateLimited).ConfigureAwait(false);
                break;
            case FaultKind.QuotaExceeded:
                SetRetryAfter(http, action.RetryAfter);
                await SpotifyErrors.WriteAsync(http, 429, "Too many requests", "QUOTA_EXCEEDED").ConfigureAwait(false);
                break;
            case FaultKind.Error:
                await SpotifyErrors.WriteAsync(http, action.Status, action.Text!).ConfigureAwait(false);
                break;
            case FaultKind.PlainText:
                var text = Encoding.UTF8.GetBytes(action.Text!);
                http.Response.StatusCode = action.Status;
                http.Response.ContentType = "text/plain; charset=utf-8";
                http.Response.ContentLength = text.Length;
                await http.Response.Body.WriteAsync(text, http.RequestAborted).ConfigureAwait(false);
                break;
            case FaultKind.Delay:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, state.Stopping.Token))
                {
                    try
                    {
                        await Task.Delay(action.Delay, linked.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up (or the emulator is stopping): record that nobody was answered.
                        if (http.RequestAborted.IsCancellationRequested && http.Features.Get<EmulatorRequest>() is { } aborted)
                        {
                            aborted.Aborted = true;
                        }

                        return;
                    }
                }

                await next(http).ConfigureAwait(false);
                break;
            case FaultKind.DropConnection:
                if (http.Features.Get<EmulatorRequest>() is { } entry)
                {
                    entry.Aborted = true;
                }

                http.Abort();
                break;
            case FaultKind.TruncatedJson:
            case FaultKind.MalformedJson:
                await RewriteBodyAsync(http, action.Kind).ConfigureAwait(false);
                break;
        }
    }

    private static void SetRetryAfter(HttpContext http, TimeSpan? retryAfter)
    {
        if (retryAfter is { } delay)
        {
            http.Response.Headers.RetryAfter = ((long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    private async Task RewriteBodyAsync(HttpContext http, FaultKind kind)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http).ConfigureAwait(false);
        }
        finally
        {
            http.Response.Body = original;
        }

        byte[] body;
        if (kind == FaultKind.TruncatedJson)
        {
            var full = buffer.ToArray();
            body = full.Length <= 1 ? "{"u8.ToArray() : full[..(full.Length / 2)];
        }
        else
        {
            body = MalformedBody;
        }

        http.Response.ContentType ??= "application/json; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await original.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
    }
}
