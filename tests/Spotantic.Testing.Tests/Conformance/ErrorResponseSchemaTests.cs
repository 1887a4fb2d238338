using System.Net;
using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Conformance;

/// <summary>
/// The error side of the spec walk: the emulator's error bodies match the spec's error response schemas
/// (<c>{"error": {"status": ..., "message": ...}}</c>), for every operation's 401 and 403, and for the 400, 404 and
/// 429 answers the emulator gives.
/// </summary>
public sealed class ErrorResponseSchemaTests
{
    public static TheoryData<string> Operations => new(OpenApiSpec.Instance.Operations.Select(o => o.OperationId));

    /// <summary>Operations Spotify refuses without a scope, so the 403 branch below is known to be taken.</summary>
    private static readonly HashSet<string> ScopedOperations =
        ["get-users-saved-albums", "save-tracks-user", "get-the-users-currently-playing-track", "add-items-to-playlist", "get-users-top-artists", "follow-artists-users"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WithoutOrWithAnInvalidToken_Answers401MatchingTheOperationsSchema(string operationId)
    {
        var operation = OpenApiSpec.Instance.Operation(operationId);
        await using var h = await EmulatorHarness.StartAsync();
        var request = new SpecWalkRequests(h.Emulator.Catalog, h.DemoUser).Build(operation);

        foreach (var token in new[] { null, "not-a-token-the-emulator-issued" })
        {
            using var response = await h.SendAsync(request.Method, "v1/" + request.RelativeUri, token, request.Body?.Invoke());

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            await AssertMatchesAsync(operation, response);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WithAUserTokenWithoutScopes_SucceedsOrAnswers403MatchingTheOperationsSchema(string operationId)
    {
        var operation = OpenApiSpec.Instance.Operation(operationId);
        await using var h = await EmulatorHarness.StartAsync();
        var walk = new SpecWalkRequests(h.Emulator.Catalog, h.DemoUser);
        walk.StartPlayback();
        var request = walk.Build(operation);

        using var response = await h.SendAsync(request.Method, "v1/" + request.RelativeUri, h.UserToken(), request.Body?.Invoke());

        var status = (int)response.StatusCode;
        Assert.True(operation.SuccessStatuses.Contains(status) || status == 403, $"{operationId} without scopes answered {status}.");
        if (ScopedOperations.Contains(operationId))
        {
            Assert.Equal(403, status);
        }
        if (status == 403)
        {
            await AssertMatchesAsync(operation, response);
        }
    }

    [Fact]
    public async Task Emulator_BadRequestNotFoundAndTooManyRequests_MatchTheSharedErrorSchemas()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        h.Emulator.Faults.On("GET", "/v1/markets").Next(1).RespondTooManyRequests(TimeSpan.FromSeconds(2));

        using var badLimit = await h.GetAsync("v1/albums/" + h.Emulator.Catalog.Albums[0].Id + "/tracks?limit=51", token);
        using var badId = await h.GetAsync("v1/albums/not-an-id", token);
        using var unknown = await h.GetAsync("v1/albums/0000000000000000000000", token);
        using var limited = await h.GetAsync("v1/markets", token);

        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        await AssertMatchesSharedAsync("BadRequest", badLimit);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        await AssertMatchesSharedAsync("BadRequest", badId);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await AssertMatchesSharedAsync("NotFound", unknown);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        await AssertMatchesSharedAsync("TooManyRequests", limited);
    }

    [Fact]
    public async Task ErrorSchema_BodyWithoutStatusOrWithAStringStatus_IsReported()
    {
        // Guards the tests above: the schema they check against must be able to fail.
        var missing = JsonDocument.Parse("""{"error":{"message":"Invalid access token"}}""").RootElement;
        var wrongType = JsonDocument.Parse("""{"error":{"status":"401","message":"Invalid access token"}}""").RootElement;

        Assert.NotEmpty(OpenApiJsonSchema.ValidateSharedResponse("Unauthorized", missing));
        Assert.NotEmpty(OpenApiJsonSchema.ValidateSharedResponse("Unauthorized", wrongType));
        Assert.Empty(OpenApiJsonSchema.ValidateSharedResponse("Unauthorized", JsonDocument.Parse("""{"error":{"status":401,"message":"Invalid access token"}}""").RootElement));
    }

    private static async Task AssertMatchesAsync(SpecOperation operation, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var json = await ReadJsonAsync(response);
        var errors = operation.JsonResponseSchema(status) is null
            ? OpenApiJsonSchema.ValidateSharedResponse(SharedResponseName(status), json)
            : OpenApiJsonSchema.ValidateResponse(operation, status, json);
        Assert.True(errors.Count == 0, $"{operation}: the {status} body {json} does not match the spec's error schema:\n  " + string.Join("\n  ", errors));
    }

    private static async Task AssertMatchesSharedAsync(string responseName, HttpResponseMessage response)
    {
        var json = await ReadJsonAsync(response);
        var errors = OpenApiJsonSchema.ValidateSharedResponse(responseName, json);
        Assert.True(errors.Count == 0, $"The {(int)response.StatusCode} body {json} does not match the spec's {responseName} schema:\n  " + string.Join("\n  ", errors));
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string SharedResponseName(int status) => status switch
    {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        429 => "TooManyRequests",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No shared error response in the spec."),
    };
}
