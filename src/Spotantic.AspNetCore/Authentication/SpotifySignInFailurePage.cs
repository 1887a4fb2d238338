using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Spotantic.AspNetCore;

/// <summary>
/// What the browser sees when a Spotify sign-in does not complete and the app has not said otherwise (its own
/// <c>Events.OnRemoteFailure</c>, <c>Events.OnAccessDenied</c> or <c>AccessDeniedPath</c>): a short page with a way
/// back, rather than the framework's unhandled exception (a 500).
/// </summary>
internal static class SpotifySignInFailurePage
{
    public static Task OnAccessDenied(AccessDeniedContext context)
    {
        if (context.AccessDeniedPath.HasValue)
        {
            return Task.CompletedTask;
        }

        context.HandleResponse();
        return WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "You chose not to connect your Spotify account.", context.ReturnUrl);
    }

    public static Task OnRemoteFailure(RemoteFailureContext context)
    {
        // The failure is logged by the handler; its message can carry text from the query string, so it is not echoed.
        context.HandleResponse();
        return WriteAsync(
            context.HttpContext,
            StatusCodes.Status400BadRequest,
            "Signing in with Spotify did not complete: it took too long, was finished in another browser, or Spotify refused it.",
            context.Properties?.RedirectUri);
    }

    private static async Task WriteAsync(HttpContext context, int status, string message, string? returnUrl)
    {
        var back = HtmlEncoder.Default.Encode(SpotifyReturnUrls.LocalOrRoot(returnUrl ?? "/"));
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Spotify sign-in</title></head><body><p>{HtmlEncoder.Default.Encode(message)}</p><p><a href=\"{back}\">Try again</a></p></body></html>",
            context.RequestAborted).ConfigureAwait(false);
    }
}
