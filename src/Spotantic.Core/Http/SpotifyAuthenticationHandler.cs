using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Spotantic.Auth;

namespace Spotantic.Http;

/// <summary>
/// Sets <c>Authorization: Bearer</c> from the token manager and, when Spotify answers 401, refreshes once (shared
/// with concurrent callers) and resends. A second 401 is returned as is: no loop.
/// </summary>
internal sealed class SpotifyAuthenticationHandler : DelegatingHandler
{
    private readonly ISpotifyTokenManager _tokens;
    private readonly ILogger _logger;

    public SpotifyAuthenticationHandler(ISpotifyTokenManager tokens, ILogger logger)
    {
        _tokens = tokens;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operationId = SpotifyRequestMetadata.From(request)?.Operation.Id ?? request.RequestUri?.AbsolutePath ?? "request";
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
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
        var refreshed = await _tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
        response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        HttpLog.Received(_logger, (int)response.StatusCode, operationId);
        return response;
    }
}
