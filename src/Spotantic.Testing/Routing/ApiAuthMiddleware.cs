using Microsoft.AspNetCore.Http;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Routing;

/// <summary>
/// Runs after routing and before every API handler: checks the bearer token (401/400 with Spotify's messages), refuses
/// client-credentials tokens on user routes, refuses the operations Spotify no longer serves development-mode apps (as
/// Spotify does, from the table it shares with Spotantic.Core), checks the route's <see cref="ScopeRequirement"/> (403
/// "Insufficient client scope"), then exposes the <see cref="ApiRequest"/> to the handler.
/// </summary>
internal sealed class ApiAuthMiddleware(RequestDelegate next, EmulatorState state)
{
    public Task InvokeAsync(HttpContext http)
    {
        var metadata = http.GetEndpoint()?.Metadata.GetMetadata<SpotifyOperationMetadata>();
        if (metadata is null)
        {
            return next(http);
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return Unauthorized(http, SpotifyErrors.NoToken, null);
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return SpotifyErrors.WriteAsync(http, StatusCodes.Status400BadRequest, SpotifyErrors.OnlyBearer);
        }

        var token = state.Tokens.FindAccessToken(authorization[7..].Trim());
        if (token is null || token.IsRevoked)
        {
            return Unauthorized(http, SpotifyErrors.InvalidToken, "invalid_token");
        }

        if (token.ExpiresAt <= state.Clock.GetUtcNow())
        {
            return Unauthorized(http, SpotifyErrors.ExpiredToken, "invalid_token");
        }

        EmulatorUser? user = null;
        if (token.UserId is not null && !state.Users.TryGetValue(token.UserId, out user))
        {
            return Unauthorized(http, SpotifyErrors.InvalidToken, "invalid_token");
        }

        var requirement = metadata.Requirement;
        if (requirement.RequiresUser && user is null)
        {
            return Unauthorized(http, SpotifyErrors.UserAuthenticationRequired, null);
        }

        if (SpotifyDevelopmentMode.Refusals.TryGetValue(metadata.OperationId, out var refusal)
            && state.Apps.GetValueOrDefault(token.ClientId)?.QuotaMode != EmulatorQuotaMode.Extended)
        {
            return SpotifyErrors.WriteAsync(http, refusal.Status, refusal.Message);
        }

        if (!requirement.IsSatisfiedBy(new ScopeCheckContext(http, token, state)))
        {
            return SpotifyErrors.WriteAsync(http, StatusCodes.Status403Forbidden, SpotifyErrors.InsufficientScope);
        }

        http.Features.Set(new ApiRequest(http, state, token, user));
        return next(http);
    }

    private static Task Unauthorized(HttpContext http, string message, string? oauthError)
    {
        http.Response.Headers.WWWAuthenticate = oauthError is null
            ? "Bearer realm=\"spotify\""
            : $"Bearer realm=\"spotify\", error=\"{oauthError}\", error_description=\"{message}\"";
        return SpotifyErrors.WriteAsync(http, StatusCodes.Status401Unauthorized, message);
    }
}
