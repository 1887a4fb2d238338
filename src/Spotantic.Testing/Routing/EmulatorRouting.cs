using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Routing;

/// <summary>
/// Maps the accounts service at the root and the Web API under <c>/v1</c>.
/// </summary>
/// <remarks>
/// <para>
/// Adding an endpoint group (e.g. shows): create <c>Endpoints/ShowsEndpoints.cs</c> with a static class marked
/// <see cref="EmulatorEndpointGroupAttribute"/> and a <c>public static void Map(RouteGroupBuilder api, EmulatorState state)</c>.
/// It is found by reflection, so no shared file changes. In <c>Map</c>, declare each operation of the spec once:
/// </para>
/// <code>
/// api.MapGet("/shows/{id}", (HttpContext http, string id) => GetShow(http, state, id))
///    .ForOperation("get-a-show", ScopeRequirement.AllOf(SpotifyScopes.UserReadPlaybackPosition));
/// </code>
/// <para>
/// Paths are relative to <c>/v1</c>. <see cref="SpotifyRouteExtensions.ForOperation"/> is mandatory: it names the
/// endpoint after the spec's <c>operationId</c> and declares the token requirement (<see cref="ScopeRequirement.AnyToken"/>,
/// <see cref="ScopeRequirement.User"/>, <see cref="ScopeRequirement.AllOf"/>, <see cref="ScopeRequirement.AnyOf"/> or
/// <see cref="ScopeRequirement.Custom"/>); the start-up check refuses any API route without it. Authentication, scope
/// checks, faults and the request log happen before the handler, so a handler starts with
/// <c>var request = ApiRequest.Get(http);</c> and only validates its own parameters, with the shared building blocks:
/// <see cref="SpotifyIds"/> (IDs, ID lists, URIs), <see cref="Paging"/> (limit/offset with the route's maximum, offset and
/// cursor pages with absolute links), <see cref="ApiRequest.TryGetMarket"/>, <see cref="SpotifyErrors"/> (Spotify's error
/// bodies) and <see cref="SpotifyJson"/> (responses written with <c>Utf8JsonWriter</c>). Object shapes live in
/// <c>Json/*Json.cs</c>, one file per object family, following the spec's schemas. Keep handler parameters to
/// <see cref="HttpContext"/> and route strings, so that binding never answers before the token is checked.
/// </para>
/// </remarks>
internal static class EmulatorRouting
{
    public static void Map(WebApplication app, EmulatorState state)
    {
        AccountsEndpoints.Map(app, state);

        var api = app.MapGroup("/v1");
        foreach (var group in DiscoverGroups())
        {
            group.Invoke(null, [api, state]);
        }

        app.Map("/v1/{**path}", (HttpContext http) => SpotifyErrors.NotFound(SpotifyErrors.ServiceNotFound))
            .WithOrder(int.MaxValue)
            .WithMetadata(ApiFallbackMetadata.Instance);
    }

    /// <summary>The <c>Map</c> methods of every endpoint group, in a stable order.</summary>
    public static IReadOnlyList<MethodInfo> DiscoverGroups()
    {
        var groups = new List<MethodInfo>();
        foreach (var type in typeof(EmulatorRouting).Assembly.GetTypes()
                     .Where(t => t.GetCustomAttribute<EmulatorEndpointGroupAttribute>() is not null)
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var map = type.GetMethod("Map", BindingFlags.Public | BindingFlags.Static, [typeof(RouteGroupBuilder), typeof(EmulatorState)]);
            if (map is null || map.ReturnType != typeof(void))
            {
                throw new InvalidOperationException($"Endpoint group {type.FullName} must declare 'public static void Map(RouteGroupBuilder api, EmulatorState state)'.");
            }

            groups.Add(map);
        }

        return groups;
    }

    /// <summary>Every API route must declare its operation and token requirement; a forgotten declaration fails at start-up.</summary>
    public static void Validate(IEndpointRouteBuilder app)
    {
        var missing = app.DataSources
            .SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<SpotifyOperationMetadata>() is null && e.Metadata.GetMetadata<ApiFallbackMetadata>() is null)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText)
            .ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException("API routes without ForOperation(...): " + string.Join(", ", missing));
        }
    }

    /// <summary>The operations the API serves, for diagnostics and tests.</summary>
    public static IReadOnlyList<(string Method, string Pattern, SpotifyOperationMetadata Operation)> Operations(IEndpointRouteBuilder app) =>
    [
        .. app.DataSources
            .SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Operation: e.Metadata.GetMetadata<SpotifyOperationMetadata>()))
            .Where(p => p.Operation is not null)
            .SelectMany(p => (p.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => (m, p.Endpoint.RoutePattern.RawText ?? string.Empty, p.Operation!))),
    ];
}
