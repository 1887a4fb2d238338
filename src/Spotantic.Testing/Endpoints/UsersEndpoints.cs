using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The current user's profile. Other user operations (profiles, top items, follows) belong here too.</summary>
[EmulatorEndpointGroup]
internal static class UsersEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        // The spec lists user-read-private and user-read-email, but Spotify answers without them and leaves fields out.
        api.MapGet("/me", (HttpContext http) => GetCurrentUser(http))
            .ForOperation("get-current-users-profile", ScopeRequirement.User);
    }

    private static IResult GetCurrentUser(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        var user = request.RequiredUser;
        var context = request.Render(null);
        var includeEmail = request.HasScope(SpotifyScopes.UserReadEmail);
        var includePrivate = request.HasScope(SpotifyScopes.UserReadPrivate);
        return SpotifyJson.Ok(writer => UserJson.WritePrivate(writer, user, context, includeEmail, includePrivate));
    }
}
