using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// The documented places where Spotantic's scope check asks for less than the spec's <c>security</c> list, because
/// Spotify serves the call anyway: a check stricter than Spotify would block calls that work. Each row is asserted on
/// the record's rule by asking it which scopes a token would lack.
/// </summary>
public sealed class ScopeRelaxationTests
{
    /// <summary>Operations whose spec lists scopes but which Spotify serves to a token holding none of them.</summary>
    internal static readonly string[] NoScopeOperationIds =
    [
        // GET /me works with any user token: user-read-private and user-read-email only widen the profile.
        "get-current-users-profile",

        // Show and episode reads work with client credentials; user-read-playback-position only adds resume points.
        "get-a-show",
        "get-a-shows-episodes",
        "get-an-episode",
        "get-multiple-episodes",

        // Playlist reads work with any token: playlist-read-private and playlist-read-collaborative only add the
        // user's private and collaborative playlists, which Spotify then leaves out rather than refusing the call.
        "get-a-list-of-current-users-playlists",
        "get-list-users-playlists",
        "get-playlists-items",
        "get-playlists-tracks",
    ];

    public static TheoryData<string> NoScopeOperations() => [.. NoScopeOperationIds];

    public static TheoryData<string> PlaylistWriteOperations() =>
    [
        // The scope needed depends on the playlist's public flag: either one of the two may be enough.
        "change-playlist-details",
        "add-items-to-playlist",
        "reorder-or-replace-playlists-items",
        "remove-items-playlist",
        "create-playlist",
        "add-tracks-to-playlist",
        "reorder-or-replace-playlists-tracks",
        "remove-tracks-playlist",
        "create-playlist-for-user",
        "follow-playlist",
        "unfollow-playlist",
    ];

    /// <summary>The /me/library operations: the scope follows each URI's type, as the spec's descriptions list them.</summary>
    public static TheoryData<string, string, string, string?> LibraryScopesByUriType() => new()
    {
        { "save-library-items", "track", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "save-library-items", "album", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "save-library-items", "episode", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "save-library-items", "show", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "save-library-items", "audiobook", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "save-library-items", "user", SpotifyScopes.UserFollowModify, SpotifyScopes.UserLibraryModify },
        { "save-library-items", "playlist", SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.UserLibraryModify },
        { "remove-library-items", "track", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "remove-library-items", "album", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "remove-library-items", "episode", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "remove-library-items", "show", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "remove-library-items", "audiobook", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify },
        { "remove-library-items", "user", SpotifyScopes.UserFollowModify, SpotifyScopes.UserLibraryModify },
        { "remove-library-items", "playlist", SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.UserLibraryModify },
        { "check-library-contains", "track", SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead },
        { "check-library-contains", "album", SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead },
        { "check-library-contains", "episode", SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead },
        { "check-library-contains", "show", SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead },
        { "check-library-contains", "audiobook", SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead },
        { "check-library-contains", "artist", SpotifyScopes.UserFollowRead, SpotifyScopes.UserLibraryRead },
        { "check-library-contains", "user", SpotifyScopes.UserFollowRead, SpotifyScopes.UserLibraryRead },

        // Whether checking a followed playlist needs a scope at all is not documented; only sufficiency is asserted.
        { "check-library-contains", "playlist", SpotifyScopes.PlaylistReadPrivate, null },
    };

    [Theory]
    [MemberData(nameof(NoScopeOperations))]
    public void RequiredScopes_ProfileShowEpisodeAndPlaylistReads_NeedNoScope(string operationId)
    {
        var (definition, sample) = Find(operationId);

        AssertMet(definition.Scopes, Granted(), $"{operationId} Definition");
        AssertMet(sample.RequiredScopes, Granted(), $"{operationId} RequiredScopes");
    }

    [Theory]
    [MemberData(nameof(PlaylistWriteOperations))]
    public void RequiredScopes_PlaylistWrites_AnyOfModifyPublicOrPrivate(string operationId)
    {
        var (_, sample) = Find(operationId);
        var requirement = sample.RequiredScopes;

        AssertMet(requirement, Granted(SpotifyScopes.PlaylistModifyPublic), operationId);
        AssertMet(requirement, Granted(SpotifyScopes.PlaylistModifyPrivate), operationId);
        AssertNotMet(requirement, Granted(), operationId);
        AssertNotMet(requirement, Granted(SpotifyScopes.UserLibraryModify, SpotifyScopes.UgcImageUpload), operationId);
    }

    [Fact]
    public void RequiredScopes_UploadPlaylistCover_ImageUploadAndEitherModifyScope()
    {
        var (_, sample) = Find("upload-custom-playlist-cover");
        var requirement = sample.RequiredScopes;

        AssertMet(requirement, Granted(SpotifyScopes.UgcImageUpload, SpotifyScopes.PlaylistModifyPublic), "upload-custom-playlist-cover");
        AssertMet(requirement, Granted(SpotifyScopes.UgcImageUpload, SpotifyScopes.PlaylistModifyPrivate), "upload-custom-playlist-cover");
        Assert.Equal(new[] { SpotifyScopes.UgcImageUpload }, requirement.GetMissing(Granted(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate)));
        AssertNotMet(requirement, Granted(SpotifyScopes.UgcImageUpload), "upload-custom-playlist-cover");
    }

    [Theory]
    [MemberData(nameof(LibraryScopesByUriType))]
    public void RequiredScopes_LibraryUriType_NeedsTheScopeOfThatType(string operationId, string uriType, string sufficient, string? insufficient)
    {
        var (_, sample) = Find(operationId);
        var request = RequestFactory.With(sample, "Uris", new[] { OperationConformanceTests.UriOf(uriType) });
        Assert.Null(RequestFactory.TryValidate(request)?.Message);

        var requirement = request.RequiredScopes;

        AssertMet(requirement, Granted(sufficient), $"{operationId} with a {uriType} URI");
        AssertNotMet(requirement, Granted(), $"{operationId} with a {uriType} URI");
        if (insufficient is not null)
        {
            AssertNotMet(requirement, Granted(insufficient), $"{operationId} with a {uriType} URI");
        }
    }

    [Theory]
    [InlineData("save-library-items", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify)]
    [InlineData("remove-library-items", SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify)]
    [InlineData("check-library-contains", SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead)]
    public void RequiredScopes_LibraryMixedUriTypes_NeedTheScopeOfEveryType(string operationId, string libraryScope, string followScope)
    {
        var (_, sample) = Find(operationId);
        var request = RequestFactory.With(sample, "Uris", new[] { OperationConformanceTests.UriOf("track"), OperationConformanceTests.UriOf("user") });

        var requirement = request.RequiredScopes;

        AssertMet(requirement, Granted(libraryScope, followScope), $"{operationId} with track and user URIs");
        Assert.Equal(new[] { followScope }, requirement.GetMissing(Granted(libraryScope)));
        Assert.Equal(new[] { libraryScope }, requirement.GetMissing(Granted(followScope)));
    }

    private static void AssertMet(ScopeRequirement requirement, HashSet<string> granted, string subject)
    {
        var missing = requirement.GetMissing(granted);
        Assert.True(missing.Count == 0, $"{subject}: the rule ({requirement}) should be met by [{string.Join(" ", granted)}] but lacks [{string.Join(" ", missing)}]");
    }

    private static void AssertNotMet(ScopeRequirement requirement, HashSet<string> granted, string subject) =>
        Assert.True(requirement.GetMissing(granted).Count > 0, $"{subject}: the rule ({requirement}) should not be met by [{string.Join(" ", granted)}], since Spotify refuses such a token");

    private static HashSet<string> Granted(params string[] scopes) => new(scopes, StringComparer.Ordinal);

    private static (SpotifyOperation Definition, SpotifyRequest Sample) Find(string operationId)
    {
        var records = SpotanticSurface.RecordsFor(operationId);
        Assert.True(records.Count == 1, records.Count == 0 ? $"missing: {operationId} has no request record" : $"{operationId}: {records.Count} records");
        try
        {
            return (records[0].Definition!, RequestFactory.Create(records[0].Type));
        }
        catch (RequestFactoryException exception)
        {
            Assert.Fail($"{operationId}: {exception.Message}");
            throw;
        }
    }
}
