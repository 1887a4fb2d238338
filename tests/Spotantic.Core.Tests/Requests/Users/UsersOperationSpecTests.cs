using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Users;

/// <summary>Checks the Users request records against the OpenAPI spec, so a typo in an id, path or scope cannot hide.</summary>
public sealed class UsersOperationSpecTests
{
    private const string Id = "3cEYpjA9oz9GiPac4AsH4n";
    private const string UserId = "smedjan";

    /// <summary>Every Users request with every optional argument set, so its query shows every parameter it can send.</summary>
    private static readonly SpotifyRequest[] FullRequests =
    [
        new GetCurrentUserProfileRequest(),
        new GetUserProfileRequest(UserId),
        new FollowPlaylistRequest(Id) { Public = false },
        new UnfollowPlaylistRequest(Id),
        new GetFollowedArtistsRequest { After = Id, Limit = 10 },
        new FollowArtistsOrUsersRequest(FollowType.Artist, [Id]),
        new UnfollowArtistsOrUsersRequest(FollowType.User, [UserId]),
        new CheckCurrentUserFollowsRequest(FollowType.Artist, [Id]),
        new CheckUserFollowsPlaylistRequest(Id) { UserId = UserId },
        new GetUserTopArtistsRequest { TimeRange = TopItemsTimeRange.LongTerm, Limit = 10, Offset = 5 },
        new GetUserTopTracksRequest { TimeRange = TopItemsTimeRange.ShortTerm, Limit = 10, Offset = 5 },
    ];

    /// <summary>
    /// The rule Spotify really applies where it differs from the spec's list: GET /me answers any user token (fields
    /// depend on the scopes), and one playlist-modify scope is enough to follow or unfollow.
    /// </summary>
    private static readonly Dictionary<string, ScopeRequirement> Deviations = new(StringComparer.Ordinal)
    {
        ["get-current-users-profile"] = ScopeRequirement.None,
        ["follow-playlist"] = ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate),
        ["unfollow-playlist"] = ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate),
    };

    public static TheoryData<string> OperationIds => [.. FullRequests.Select(request => request.Operation.Id)];

    [Fact]
    public void Operations_UsersTagFirst_EachHasExactlyOneRequestRecord()
    {
        var specIds = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => operation.Tags.Count > 0 && operation.Tags[0] == "Users")
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
    public void Operation_Scopes_MatchSpecSecurityOrTheDocumentedDeviation(string operationId)
    {
        var operation = Find(operationId).Operation;
        var specScopes = SpotifyOpenApiDocument.Instance.Get(operationId).Scopes.Order(StringComparer.Ordinal).ToArray();

        if (Deviations.TryGetValue(operationId, out var expected))
        {
            Assert.Equal(expected.Scopes, operation.Scopes.Scopes);
            Assert.Equal(expected.GetMissing(new HashSet<string>()), operation.Scopes.GetMissing(new HashSet<string>()));

            // Same scopes and same answer for no token cannot tell any-of from all-of; a token with one scope can.
            Assert.Equal(expected.ToString(), operation.Scopes.ToString());
            foreach (var scope in expected.Scopes)
            {
                var granted = new HashSet<string>([scope], StringComparer.Ordinal);
                Assert.Equal(expected.GetMissing(granted), operation.Scopes.GetMissing(granted));
            }
        }
        else
        {
            Assert.Equal(specScopes, operation.Scopes.Scopes.Order(StringComparer.Ordinal));
        }

        // Never stricter than the spec: a token with the spec's scopes is never refused.
        Assert.Empty(operation.Scopes.GetMissing(new HashSet<string>(specScopes, StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Idempotency_FollowsHttpMethod(string operationId)
    {
        var operation = Find(operationId).Operation;

        // GET, PUT and DELETE on these resources can be repeated safely; none of the Users operations is a POST.
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
    public void BuildRelativeUri_RequiredQueryParameters_AlwaysSent(string operationId)
    {
        var spec = SpotifyOpenApiDocument.Instance.Get(operationId);
        var minimal = Find(operationId) switch
        {
            GetFollowedArtistsRequest => new GetFollowedArtistsRequest(),
            var other => other,
        };

        var relative = minimal.BuildRelativeUri();
        var queryStart = relative.IndexOf('?', StringComparison.Ordinal);
        var sent = queryStart < 0 ? [] : QueryHelpers.ParseQuery(relative[queryStart..]).Keys.ToArray();

        Assert.All(spec.Parameters.Where(parameter => parameter.In == "query" && parameter.Required), parameter => Assert.Contains(parameter.Name, sent));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_Path_FollowsSpecTemplate(string operationId)
    {
        var request = Find(operationId);
        var template = SpotifyOpenApiDocument.Instance.Get(operationId).Path.TrimStart('/');

        var path = request.BuildRelativeUri().Split('?')[0];

        Assert.Equal(template.Replace("{playlist_id}", Id, StringComparison.Ordinal).Replace("{user_id}", UserId, StringComparison.Ordinal), path);
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

        Assert.Equal(50, specLimit.Maximum);
        var max = specLimit.Maximum!.Value;
        (SpotifyRequest Over, SpotifyRequest At) pair = Find(operationId) switch
        {
            GetFollowedArtistsRequest r => (r with { Limit = max + 1 }, r with { Limit = max }),
            GetUserTopArtistsRequest r => (r with { Limit = max + 1 }, r with { Limit = max }),
            GetUserTopTracksRequest r => (r with { Limit = max + 1 }, r with { Limit = max }),
            var other => throw new InvalidOperationException($"{other.GetType().Name} has a limit the test does not know."),
        };

        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(pair.Over.Validate).ParamName);
        Assert.Null(Record.Exception(pair.At.Validate));
    }

    [Fact]
    public void MaxIds_FollowIdLists_MatchSpecMaximum()
    {
        foreach (var operationId in new[] { "follow-artists-users", "unfollow-artists-users", "check-current-user-follows" })
        {
            var description = SpotifyOpenApiDocument.Instance.Get(operationId).Parameters.Single(parameter => parameter.Name == "ids").Description;
            Assert.Contains("maximum of 50 IDs", description, StringComparison.Ordinal);
        }

        Assert.All([FollowArtistsOrUsersRequest.MaxIds, UnfollowArtistsOrUsersRequest.MaxIds, CheckCurrentUserFollowsRequest.MaxIds], max => Assert.Equal(50, max));
    }

    [Fact]
    public void CheckUserFollowsPlaylist_Ids_SpecAllowsOne()
    {
        var description = SpotifyOpenApiDocument.Instance.Get("check-if-user-follows-playlist").Parameters.Single(parameter => parameter.Name == "ids").Description;

        Assert.Contains("Maximum: 1 id", description, StringComparison.Ordinal);
    }

    private static SpotifyRequest Find(string operationId) => FullRequests.Single(request => request.Operation.Id == operationId);
}
