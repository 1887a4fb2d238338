using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Shows;

/// <summary>Checks the Shows request records against the OpenAPI spec, so a typo in an id, path, limit or scope cannot hide.</summary>
public sealed class ShowsOperationSpecTests
{
    private const string Id = "4rOoJ6Egrf8K2IrywzwOMk";

    /// <summary>Every Shows request with every optional argument set, so its query shows every parameter it can send.</summary>
    private static readonly SpotifyRequest[] FullRequests =
    [
        new GetShowRequest(Id) { Market = "ES" },
        new GetSeveralShowsRequest([Id]) { Market = "ES" },
        new GetShowEpisodesRequest(Id) { Market = "ES", Limit = 10, Offset = 5 },
        new GetUserSavedShowsRequest { Limit = 10, Offset = 5 },
        new SaveShowsForUserRequest([Id]),
        new RemoveUserSavedShowsRequest([Id]) { Market = "ES" },
        new CheckUserSavedShowsRequest([Id]),
    ];

    /// <summary>
    /// The scopes each operation requires. Reads of shows, episodes, audiobooks and chapters are public catalog data that
    /// Spotify serves to client-credentials tokens, so they require none even where the spec lists
    /// <c>user-read-playback-position</c> (it only adds resume points); saved episodes need only <c>user-library-read</c>.
    /// </summary>
    private static readonly Dictionary<string, string[]> ExpectedScopes = new(StringComparer.Ordinal)
    {
        ["get-a-show"] = [],
        ["get-multiple-shows"] = [],
        ["get-a-shows-episodes"] = [],
        ["get-users-saved-shows"] = [SpotifyScopes.UserLibraryRead],
        ["save-shows-user"] = [SpotifyScopes.UserLibraryModify],
        ["remove-shows-user"] = [SpotifyScopes.UserLibraryModify],
        ["check-users-saved-shows"] = [SpotifyScopes.UserLibraryRead],
    };

    /// <summary>The most IDs each multi-ID record sends per call.</summary>
    private static readonly Dictionary<string, int> MaxIds = new(StringComparer.Ordinal)
    {
        ["get-multiple-shows"] = GetSeveralShowsRequest.MaxIds,
        ["save-shows-user"] = SaveShowsForUserRequest.MaxIds,
        ["remove-shows-user"] = RemoveUserSavedShowsRequest.MaxIds,
        ["check-users-saved-shows"] = CheckUserSavedShowsRequest.MaxIds,
    };

    public static TheoryData<string> OperationIds => [.. FullRequests.Select(request => request.Operation.Id)];

    public static TheoryData<string> BatchOperationIds => [.. MaxIds.Keys];

    [Fact]
    public void Operations_ShowsTagFirst_EachHasExactlyOneRequestRecord()
    {
        var specIds = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => operation.Tags.Count > 0 && operation.Tags[0] == "Shows")
            .Select(operation => operation.Id)
            .Order(StringComparer.Ordinal);
        var recordIds = FullRequests.Select(request => request.Operation.Id).Order(StringComparer.Ordinal);

        Assert.Equal(specIds, recordIds);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_MethodAndPath_MatchSpec(string operationId)
    {
        var operation = Find(operationId).Operation;
        var spec = SpotifyOpenApiDocument.Instance.Get(operationId);

        Assert.Equal(spec.Method, operation.Method);
        Assert.Equal(spec.Path, operation.PathTemplate);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Deprecated_MatchesSpec(string operationId)
    {
        Assert.Equal(SpotifyOpenApiDocument.Instance.Get(operationId).IsDeprecated, Find(operationId).Operation.IsDeprecated);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Scopes_AreTheDocumentedSubsetOfSpecSecurity(string operationId)
    {
        var operation = Find(operationId).Operation;
        var specScopes = SpotifyOpenApiDocument.Instance.Get(operationId).Scopes;

        Assert.Equal(ExpectedScopes[operationId], operation.Scopes.Scopes);

        // Never asks for a scope the spec does not list, and a token with the spec's scopes always passes.
        Assert.All(operation.Scopes.Scopes, scope => Assert.Contains(scope, specScopes));
        Assert.Empty(operation.Scopes.GetMissing(new HashSet<string>(specScopes, StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Idempotency_FollowsHttpMethod(string operationId)
    {
        var operation = Find(operationId).Operation;

        // GET, PUT and DELETE on these resources can be repeated safely; none of the Shows operations is a POST.
        Assert.Equal(operation.Method != HttpMethod.Post, operation.IsIdempotent);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_QueryNames_AreTheSpecsQueryParameters(string operationId)
    {
        var request = Find(operationId);
        var spec = SpotifyOpenApiDocument.Instance.Get(operationId);
        var specQuery = spec.Parameters.Where(parameter => parameter.In == "query").ToArray();

        var relative = request.BuildRelativeUri();
        var queryStart = relative.IndexOf('?', StringComparison.Ordinal);
        var sent = queryStart < 0 ? [] : QueryHelpers.ParseQuery(relative[queryStart..]).Keys.Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(specQuery.Select(parameter => parameter.Name).Order(StringComparer.Ordinal), sent);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_Path_FollowsSpecTemplate(string operationId)
    {
        var request = Find(operationId);
        var template = SpotifyOpenApiDocument.Instance.Get(operationId).Path.TrimStart('/');

        var path = request.BuildRelativeUri().Split('?')[0];

        Assert.Equal(template.Replace("{id}", Id, StringComparison.Ordinal), path);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Validate_LimitAboveSpecMaximum_Rejected(string operationId)
    {
        var specLimit = SpotifyOpenApiDocument.Instance.Get(operationId).Parameters.SingleOrDefault(parameter => parameter.Name == "limit");
        if (specLimit is null)
        {
            Assert.DoesNotContain("limit=", Find(operationId).BuildRelativeUri(), StringComparison.Ordinal);
            return;
        }

        Assert.NotNull(specLimit.Maximum);
        SpotifyRequest overLimit = Find(operationId) switch
        {
            GetShowEpisodesRequest r => r with { Limit = specLimit.Maximum + 1 },
            GetUserSavedShowsRequest r => r with { Limit = specLimit.Maximum + 1 },
            var other => throw new InvalidOperationException($"{other.GetType().Name} has a limit the test does not know."),
        };
        var atLimit = overLimit switch
        {
            GetShowEpisodesRequest r => r with { Limit = specLimit.Maximum },
            GetUserSavedShowsRequest r => r with { Limit = specLimit.Maximum },
            _ => overLimit,
        };

        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(overLimit.Validate).ParamName);
        Assert.Null(Record.Exception(atLimit.Validate));
    }

    [Theory]
    [MemberData(nameof(BatchOperationIds))]
    public void MaxIds_IdLists_MatchSpecMaximum(string operationId)
    {
        var description = SpotifyOpenApiDocument.Instance.Get(operationId).Parameters.Single(parameter => parameter.Name == "ids").Description;

        Assert.Contains($"Maximum: {MaxIds[operationId]} IDs", description, StringComparison.Ordinal);
    }

    private static SpotifyRequest Find(string operationId) => FullRequests.Single(request => request.Operation.Id == operationId);
}
