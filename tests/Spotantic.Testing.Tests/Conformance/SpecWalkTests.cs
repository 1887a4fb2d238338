using System.Net;
using System.Text.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Conformance;

/// <summary>
/// Walks the whole spec: for every operation, a valid request built from the seeded catalog (see
/// <see cref="SpecWalkRequests"/>), sent with an all-scopes token of the demo user to a fresh emulator, must be routed,
/// succeed with a status the spec declares, and, when the spec gives that status a JSON body, match the operation's
/// response schema (<see cref="OpenApiJsonSchema"/>).
/// </summary>
public sealed class SpecWalkTests
{
    public static TheoryData<string> Operations => new(OpenApiSpec.Instance.Operations.Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_ValidRequestFromTheCatalog_IsRoutedSucceedsAndMatchesTheResponseSchema(string operationId)
    {
        var operation = OpenApiSpec.Instance.Operation(operationId);
        await using var h = await EmulatorHarness.StartAsync();

        var (request, response) = await SpecWalkRequests.SendAsync(h, operation);
        using var disposeResponse = response;
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;

        Assert.False(IsUnrouted(response.StatusCode, body), $"{operationId} is not routed by the emulator: {request} answered {status} {Shorten(body)}");
        Assert.True(operation.SuccessStatuses.Contains(status), $"{operationId}: {request} answered {status}, the spec's success statuses are {string.Join('/', operation.SuccessStatuses)}: {Shorten(body)}");
        if (operation.JsonResponseSchema(status) is null)
        {
            return;
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException e)
        {
            Assert.Fail($"{operationId}: {request} answered {status} with a body that is not JSON ({e.Message}): {Shorten(body)}");
            return;
        }

        var errors = OpenApiJsonSchema.ValidateResponse(operation, status, json);
        Assert.True(errors.Count == 0, $"{operationId}: the {status} body of {request} does not match the spec's schema:\n  " + string.Join("\n  ", errors.Take(30)) + (errors.Count > 30 ? $"\n  ... and {errors.Count - 30} more" : string.Empty));
    }

    [Fact]
    public async Task ResponseSchema_RealResponseWithAFieldRemovedRenamedOrRetyped_ReportsThoseFields()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var album = (await h.GetJsonAsync("v1/albums/" + h.Emulator.Catalog.Albums[0].Id, h.ClientToken())).ToString();
        var operation = OpenApiSpec.Instance.Operation("get-an-album");
        var node = System.Text.Json.Nodes.JsonNode.Parse(album)!.AsObject();
        Assert.Empty(OpenApiJsonSchema.ValidateResponse(operation, 200, JsonDocument.Parse(album).RootElement));

        node.Remove("label");
        node["popularity"] = "high";
        var broken = OpenApiJsonSchema.ValidateResponse(operation, 200, JsonDocument.Parse(node.ToJsonString()).RootElement);
        node.Remove("popularity");
        node["popularity"] = 1;
        node["label"] = "x";
        node["labels"] = "x";
        var extra = OpenApiJsonSchema.ValidateResponse(operation, 200, JsonDocument.Parse(node.ToJsonString()).RootElement);

        Assert.Contains(broken, e => e.StartsWith("/: required:", StringComparison.Ordinal) && e.Contains("label", StringComparison.Ordinal));
        Assert.Contains(broken, e => e.StartsWith("/popularity: type:", StringComparison.Ordinal));
        Assert.Equal(["/labels: property not declared in the spec's schema"], extra.Select(e => e[..e.IndexOf(" (schema", StringComparison.Ordinal)]));
    }

    [Fact]
    public void RequestTable_NamesOnlyOperationsOfTheSpec()
    {
        var spec = OpenApiSpec.Instance.Operations.Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);
        var table = TableOnly().KnownOperationIds;

        var unknown = table.Where(id => !spec.Contains(id)).Distinct().ToArray();

        Assert.True(unknown.Length == 0, "The spec walk's table names operations the spec does not have: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Build_EveryOperation_FillsEveryPathParameterAndRequiredBody()
    {
        var walk = TableOnly();

        var requests = OpenApiSpec.Instance.Operations.Select(o => (Operation: o, Request: walk.Build(o))).ToArray();

        Assert.Equal(97, requests.Length);
        Assert.All(requests, r => Assert.DoesNotContain("{", r.Request.RelativeUri, StringComparison.Ordinal));
        Assert.All(requests.Where(r => r.Operation.RequestBody?["required"]?.GetValue<bool>() == true), r => Assert.NotNull(r.Request.Body));
        var album = Assert.Single(requests, r => r.Operation.OperationId == "get-an-album").Request;
        Assert.Equal("albums/" + walk.Album.Id, album.RelativeUri);
        var addItems = Assert.Single(requests, r => r.Operation.OperationId == "add-items-to-playlist").Request;
        Assert.Equal($"playlists/{walk.OwnedPlaylist.Id}/items", addItems.RelativeUri);
        Assert.Equal(walk.User.Id, walk.OwnedPlaylist.OwnerId);
    }

    /// <summary>The catch-all answers 404 "Service not found" for a path no operation serves; 405 for a path served with another method.</summary>
    private static bool IsUnrouted(HttpStatusCode status, string body) =>
        status == HttpStatusCode.MethodNotAllowed ||
        (status == HttpStatusCode.NotFound && body.Contains(SpotifyErrors.ServiceNotFound, StringComparison.Ordinal));

    private static string Shorten(string body) => body.Length <= 600 ? body : body[..600] + "...";

    /// <summary>The table over a catalog and demo user built without a server (building requests only reads them).</summary>
    private static SpecWalkRequests TableOnly()
    {
        var state = new Spotantic.Testing.State.EmulatorState(new SpotifyEmulatorOptions());
        return new SpecWalkRequests(state.Catalog, state.FindUser(Spotantic.Testing.Catalog.CatalogGenerator.DemoUserId)!);
    }
}
