using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Tests.Routing;

public sealed class EmulatorRoutingTests
{
    // Which operations are declared, and that they are exactly the spec's, is checked by Conformance/OperationCoverageTests.
    [Fact]
    public async Task Operations_ListsEachRouteWithItsMethodPatternAndOperation()
    {
        await using var app = BuildApp(out var operations);

        Assert.Contains(operations, o => o.Method == "GET" && o.Pattern == "/v1/albums/{id}" && o.Operation.OperationId == "get-an-album");
        Assert.Contains(operations, o => o.Method == "PUT" && o.Pattern == "/v1/me/library" && o.Operation.OperationId == "save-library-items");
        Assert.DoesNotContain(operations, o => o.Pattern.StartsWith("/v1/{**", StringComparison.Ordinal));
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
    public void DiscoverGroups_FindsTheGroupsInStableOrder()
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
