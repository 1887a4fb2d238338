using System.Collections.Specialized;
using System.Net;
using System.Text;
using System.Web;
using Microsoft.Extensions.Logging;

namespace Spotantic.Auth;

/// <summary>
/// Receives the single OAuth redirect on the redirect URI's loopback address, port and path, and nothing else.
/// </summary>
/// <remarks>
/// Built on <see cref="HttpListener"/> because it needs no web framework and binds one exact prefix; requests to
/// any other path get a 404 and are ignored. The listener closes (freeing the port) as soon as the callback
/// arrives, the wait times out, or the caller cancels.
/// </remarks>
internal sealed class LoopbackRedirectListener : IDisposable
{
    private const string CompletedPage = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Spotantic</title></head><body><h1>You can close this window.</h1><p>Spotantic received Spotify's answer.</p></body></html>";

    private readonly HttpListener _listener = new();
    private readonly string _path;
    private readonly ILogger _logger;

    private LoopbackRedirectListener(Uri redirectUri, ILogger logger)
    {
        _logger = logger;
        _path = redirectUri.AbsolutePath;
        var prefixPath = _path.EndsWith('/') ? _path : _path + "/";
        _listener.Prefixes.Add($"{redirectUri.Scheme}://{redirectUri.Authority}{prefixPath}");
    }

    /// <summary>Starts listening on the redirect URI, which must be http on a loopback IP literal with a port.</summary>
    public static LoopbackRedirectListener Start(Uri redirectUri, ILogger logger)
    {
        if (redirectUri.Scheme != Uri.UriSchemeHttp || !IPAddress.TryParse(redirectUri.IdnHost, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new InvalidOperationException($"Interactive authorization listens on the redirect URI, so it must be http on 127.0.0.1 or [::1] with a port; '{redirectUri}' is not. Web apps handle the callback themselves: use CreateAuthorizationRequest and CompleteAuthorizationAsync.");
        }

        var listener = new LoopbackRedirectListener(redirectUri, logger);
        try
        {
            listener._listener.Start();
        }
        catch (HttpListenerException ex)
        {
            listener.Dispose();
            throw new InvalidOperationException($"Cannot listen on the redirect URI '{redirectUri}': {ex.Message}. Is another process using port {redirectUri.Port}?", ex);
        }

        return listener;
    }

    /// <summary>Waits for the first request to the redirect path and returns its query parameters.</summary>
    public async Task<NameValueCollection> WaitForCallbackAsync(CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(static state => ((HttpListener)state!).Stop(), _listener);
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                throw new OperationCanceledException("Stopped waiting for Spotify's redirect.", ex, cancellationToken);
            }

            var path = context.Request.Url?.AbsolutePath ?? string.Empty;
            if (!string.Equals(path.TrimEnd('/'), _path.TrimEnd('/'), StringComparison.Ordinal) || context.Request.HttpMethod != "GET")
            {
                AuthLog.IgnoredCallbackRequest(_logger, path);
                context.Response.StatusCode = (int)HttpStatusCode.NotFound;
                context.Response.Close();
                continue;
            }

            var query = HttpUtility.ParseQueryString(context.Request.Url?.Query ?? string.Empty);
            var page = Encoding.UTF8.GetBytes(CompletedPage);
            context.Response.StatusCode = (int)HttpStatusCode.OK;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = page.Length;
            await context.Response.OutputStream.WriteAsync(page, CancellationToken.None).ConfigureAwait(false);
            context.Response.Close();
            return query;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Close();
}
