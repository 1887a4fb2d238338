using Microsoft.Extensions.Logging;
using Spotantic.Auth;
using Spotantic.Exceptions;

namespace Spotantic.Http;

/// <summary>
/// Refuses, before anything is sent, a request whose operation needs scopes the token was not granted (the seed's
/// <c>check_insufficient_scope</c>), using the token of the request's token key. Requests without Spotantic metadata pass through.
/// </summary>
internal sealed class SpotifyScopeCheckHandler : DelegatingHandler
{
    private readonly ISpotifyTokenManagerProvider _tokens;
    private readonly ILogger _logger;
    private readonly string? _appName;

    public SpotifyScopeCheckHandler(ISpotifyTokenManagerProvider tokens, ILogger logger, string? appName = null)
    {
        _tokens = tokens;
        _logger = logger;
        _appName = appName;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (SpotifyRequestMetadata.From(request) is { } metadata && metadata.Scopes.Scopes.Count > 0)
        {
            var token = await _tokens.GetManager(metadata.TokenKey).GetTokenAsync(cancellationToken).ConfigureAwait(false);
            var missing = metadata.Scopes.GetMissing(token.GrantedScopes);
            if (missing.Count > 0)
            {
                HttpLog.MissingScopes(_logger, metadata.Operation.Id, string.Join(' ', missing));
                throw new SpotifyInsufficientScopeException(metadata.Operation.Id, missing, metadata.Scopes.ToString()!)
                {
                    TokenKey = metadata.TokenKey,
                    AppName = _appName,
                };
            }
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
