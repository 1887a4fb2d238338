using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Tests.Routing;

public sealed class EmulatorRoutingTests
{
    private static readonly string[] FirstPassOperations =
    [
        "get-an-album", "get-multiple-albums", "get-an-albums-tracks", "get-users-saved-albums", "save-albums-user",
        "remove-albums-user", "check-users-saved-albums", "get-new-releases", "get-track", "get-several-tracks",
        "get-users-saved-tracks", "save-tracks-user", "remove-tracks-user", "check-users-saved-tracks", "get-an-artist",
        "get-multiple-artists", "get-an-artists-albums", "get-an-artists-top-tracks", "get-an-artists-related-artists",
        "save-library-items", "remove-library-items", "check-library-contains", "get-current-users-profile",
    ];

    [Fact]
    public async Task Map_DiscoveredGroups_DeclareEveryFirstPassOperationOnce()
    {
        await using var app = BuildApp(out var operations);

        var ids = operations.Select(o => o.Operation.OperationId).ToArray();

        Assert.Empty(FirstPassOperations.Except(ids));
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Contains(operations, o => o.Method == "GET" && o.Pattern == "/v1/albums/{id}" && o.Operation.OperationId == "get-an-album");
    }

    [Fact]
    public async Task Validate_RouteWithoutOperation_Throws()
    {
        await using var app = BuildApp(out _);
        var api = app.MapGroup("/v1");
        api.MapGet("/forgotten", () => "x");

        var error = Assert.Throws<InvalidOperationException>(() => EmulatorRouting.Validate(app));
        Assert.Contains("/v1/forgotten", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscoverGroups_FindsTheFirstPassGroupsInStableOrder()
    {
        var groups = EmulatorRouting.DiscoverGroups().Select(m => m.DeclaringType!.Name).ToArray();

        Assert.Equal(groups.Order(StringComparer.Ordinal), groups);
        Assert.Contains("AlbumsEndpoints", groups);
        Assert.Contains("LibraryEndpoints", groups);
    }

    private static WebApplication BuildApp(out IReadOnlyList<(string Method, string Pattern, SpotifyOperationMetadata Operation)> operations)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var state = new Spotantic.Testing.State.EmulatorState(new SpotifyEmulatorOptions());
        var app = builder.Build();
        EmulatorRouting.Map(app, state);
        EmulatorRouting.Validate(app);
        operations = EmulatorRouting.Operations(app);
        return app;
    }
}
