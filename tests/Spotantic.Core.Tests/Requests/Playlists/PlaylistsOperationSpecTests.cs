using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Playlists;

/// <summary>Checks the Playlists and Categories request records against the OpenAPI spec, so a typo in an id, path, limit or scope cannot hide.</summary>
public sealed class PlaylistsOperationSpecTests
{
    private const string Id = "3cEYpjA9oz9GiPac4AsH4n";
    private const string Track = "spotify:track:4iV5W9uYEdYUVa79Axb7Rh";
    private const string UserId = "smedjan";
    private const string CategoryId = "dinner";

    /// <summary>Every request with every optional query argument set, so its query shows every parameter it can send.</summary>
    private static readonly SpotifyRequest[] FullRequests =
    [
        new GetPlaylistRequest(Id) { Market = "ES", Fields = "name", AdditionalTypes = ["episode"] },
        new ChangePlaylistDetailsRequest(Id) { Name = "n" },
        new GetPlaylistTracksRequest(Id) { Market = "ES", Fields = "items", Limit = 10, Offset = 5, AdditionalTypes = ["track"] },
        new AddTracksToPlaylistRequest(Id, [Track]) { Position = 0 },
        ReorderOrReplacePlaylistTracksRequest.Reorder(Id, 0, 1),
        new RemovePlaylistTracksRequest(Id, [Track]),
        new GetPlaylistItemsRequest(Id) { Market = "ES", Fields = "items", Limit = 10, Offset = 5, AdditionalTypes = ["track"] },
        new AddItemsToPlaylistRequest(Id, [Track]) { Position = 0 },
        ReorderOrReplacePlaylistItemsRequest.Reorder(Id, 0, 1),
        new RemovePlaylistItemsRequest(Id, [Track]),
        new GetCurrentUserPlaylistsRequest { Limit = 10, Offset = 5 },
        new CreatePlaylistRequest("n"),
        new GetUserPlaylistsRequest(UserId) { Limit = 10, Offset = 5 },
        new CreatePlaylistForUserRequest(UserId, "n"),
        new GetFeaturedPlaylistsRequest { Locale = "sv_SE", Limit = 10, Offset = 5 },
        new GetCategoryPlaylistsRequest(CategoryId) { Limit = 10, Offset = 5 },
        new GetPlaylistCoverImageRequest(Id),
        UploadCustomPlaylistCoverImageRequest.FromJpeg(Id, [0xFF, 0xD8, 0xFF, 0xE0]),
        new GetCategoriesRequest { Locale = "sv_SE", Limit = 10, Offset = 5 },
        new GetCategoryRequest(CategoryId) { Locale = "sv_SE" },
    ];

    /// <summary>The scope rule each operation applies, which may be looser than the spec's list but never stricter.</summary>
    private static readonly Dictionary<string, string> ExpectedRules = new(StringComparer.Ordinal)
    {
        ["get-playlist"] = "no scope",
        ["change-playlist-details"] = "any of: playlist-modify-public playlist-modify-private",
        ["get-playlists-tracks"] = "no scope",
        ["add-tracks-to-playlist"] = "any of: playlist-modify-public playlist-modify-private",
        ["reorder-or-replace-playlists-tracks"] = "any of: playlist-modify-public playlist-modify-private",
        ["remove-tracks-playlist"] = "any of: playlist-modify-public playlist-modify-private",
        ["get-playlists-items"] = "no scope",
        ["add-items-to-playlist"] = "any of: playlist-modify-public playlist-modify-private",
        ["reorder-or-replace-playlists-items"] = "any of: playlist-modify-public playlist-modify-private",
        ["remove-items-playlist"] = "any of: playlist-modify-public playlist-modify-private",
        ["get-a-list-of-current-users-playlists"] = "no scope",
        ["create-playlist"] = "any of: playlist-modify-public playlist-modify-private",
        ["get-list-users-playlists"] = "no scope",
        ["create-playlist-for-user"] = "any of: playlist-modify-public playlist-modify-private",
        ["get-featured-playlists"] = "no scope",
        ["get-a-categories-playlists"] = "no scope",
        ["get-playlist-cover"] = "no scope",
        ["upload-custom-playlist-cover"] = "all of: ugc-image-upload; and any of: playlist-modify-public playlist-modify-private",
        ["get-categories"] = "no scope",
        ["get-a-category"] = "no scope",
    };

    public static TheoryData<string> OperationIds => [.. FullRequests.Select(request => request.Operation.Id)];

    [Fact]
    public void Operations_PlaylistsAndCategoriesTagFirst_EachHasExactlyOneRequestRecord()
    {
        var specIds = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => operation.Tags.Count > 0 && operation.Tags[0] is "Playlists" or "Categories")
            .Select(operation => operation.Id)
            .Order(StringComparer.Ordinal);
        var recordIds = FullRequests.Select(request => request.Operation.Id).Order(StringComparer.Ordinal);

        Assert.Equal(specIds, recordIds);
        Assert.Equal(20, recordIds.Count());
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
    public void Operation_Scopes_NeverStricterThanSpecSecurity(string operationId)
    {
        var operation = Find(operationId).Operation;
        var specScopes = SpotifyOpenApiDocument.Instance.Get(operationId).Scopes;

        Assert.Equal(ExpectedRules[operationId], operation.Scopes.ToString());
        Assert.All(operation.Scopes.Scopes, scope => Assert.Contains(scope, specScopes));
        Assert.Empty(operation.Scopes.GetMissing(new HashSet<string>(specScopes, StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Idempotency_PostsAndReordersAreNot(string operationId)
    {
        var operation = Find(operationId).Operation;

        // A reorder moves items again when repeated; only the replace form of that PUT is idempotent (per request).
        var expected = operation.Method != HttpMethod.Post && !operationId.StartsWith("reorder-or-replace", StringComparison.Ordinal);
        Assert.Equal(expected, operation.IsIdempotent);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_QueryNames_AreSpecQueryParameters(string operationId)
    {
        var request = Find(operationId);
        var specQuery = SpotifyOpenApiDocument.Instance.Get(operationId).Parameters.Where(parameter => parameter.In == "query").Select(parameter => parameter.Name).ToArray();

        var relative = request.BuildRelativeUri();
        var queryStart = relative.IndexOf('?', StringComparison.Ordinal);
        var sent = queryStart < 0 ? [] : QueryHelpers.ParseQuery(relative[queryStart..]).Keys.Order(StringComparer.Ordinal).ToArray();

        // Reads send every query parameter the spec lists; writes put position and URIs in the JSON body instead.
        if (request.Operation.Method == HttpMethod.Get)
        {
            Assert.Equal(specQuery.Order(StringComparer.Ordinal), sent);
        }
        else
        {
            Assert.Empty(sent);
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_Path_FollowsSpecTemplate(string operationId)
    {
        var template = SpotifyOpenApiDocument.Instance.Get(operationId).Path.TrimStart('/');

        var path = Find(operationId).BuildRelativeUri().Split('?')[0];

        Assert.Equal(template.Replace("{playlist_id}", Id, StringComparison.Ordinal).Replace("{user_id}", UserId, StringComparison.Ordinal).Replace("{category_id}", CategoryId, StringComparison.Ordinal), path);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Validate_FullRequest_Accepted(string operationId)
    {
        Assert.Null(Record.Exception(Find(operationId).Validate));
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

        var max = specLimit.Maximum!.Value;
        SpotifyRequest WithLimit(int limit) => Find(operationId) switch
        {
            GetPlaylistTracksRequest r => r with { Limit = limit },
            GetPlaylistItemsRequest r => r with { Limit = limit },
            GetCurrentUserPlaylistsRequest r => r with { Limit = limit },
            GetUserPlaylistsRequest r => r with { Limit = limit },
            GetFeaturedPlaylistsRequest r => r with { Limit = limit },
            GetCategoryPlaylistsRequest r => r with { Limit = limit },
            GetCategoriesRequest r => r with { Limit = limit },
            var other => throw new InvalidOperationException($"{other.GetType().Name} has a limit the test does not know."),
        };

        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(WithLimit(max + 1).Validate).ParamName);
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(WithLimit(0).Validate).ParamName);
        Assert.Null(Record.Exception(WithLimit(max).Validate));
    }

    [Fact]
    public void MaxUris_WriteRecords_MatchSpecMaximum()
    {
        var description = SpotifyOpenApiDocument.Instance.Get("add-items-to-playlist").Parameters.Single(parameter => parameter.Name == "uris").Description;

        Assert.Contains("maximum of 100 items", description, StringComparison.Ordinal);
        Assert.All(
            [AddItemsToPlaylistRequest.MaxUris, AddTracksToPlaylistRequest.MaxUris, RemovePlaylistItemsRequest.MaxUris, RemovePlaylistTracksRequest.MaxUris, ReorderOrReplacePlaylistItemsRequest.MaxUris, ReorderOrReplacePlaylistTracksRequest.MaxUris],
            max => Assert.Equal(100, max));
    }

    private static SpotifyRequest Find(string operationId) => FullRequests.Single(request => request.Operation.Id == operationId);
}
