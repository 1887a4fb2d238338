using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Spotantic.Auth;

namespace Spotantic.Http;

/// <summary>
/// Sets <c>Authorization: Bearer</c> from the token manager of the request's token key and, when Spotify answers 401, refreshes once (shared
/// with concurrent callers) and resends. A second 401 is returned as is: no loop.
/// </summary>
internal sealed class SpotifyAuthenticationHandler : DelegatingHandler
{
    private readonly ISpotifyTokenManagerProvider _tokens;
    private readonly ILogger _logger;

    public SpotifyAuthenticationHandler(ISpotifyTokenManagerProvider tokens, ILogger logger)
    {
        _tokens = tokens;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var metadata = SpotifyRequestMetadata.From(request);
        var operationId = metadata?.Operation.Id ?? request.RequestUri?.AbsolutePath ?? "request";
        // A request without Spotantic metadata (sent through the named client by the app itself) acts for the default key.
        var tokens = _tokens.GetManager(metadata?.TokenKey ?? SpotifyTokenKeys.Default);
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        HttpLog.Sending(_logger, request.Method, request.RequestUri?.AbsolutePath ?? string.Empty, operationId);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        HttpLog.Received(_logger, (int)response.StatusCode, operationId);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        HttpLog.RefreshingAfterUnauthorized(_logger, operationId);
        response.Dispose();
        var refreshed = await tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
        response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        HttpLog.Received(_logger, (int)response.StatusCode, operationId);
        return response;
    }
}
