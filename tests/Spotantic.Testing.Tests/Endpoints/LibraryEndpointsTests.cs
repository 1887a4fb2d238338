using System.Net;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class LibraryEndpointsTests
{
    [Fact]
    public async Task SaveContainsRemove_MixedUriTypes_UpdateEachTypesCollection()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("mixed.listener");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-modify", "user-follow-modify", "playlist-modify-public", "user-library-read", "user-follow-read", "playlist-read-private").AccessToken;
        var catalog = h.Emulator.Catalog;
        string[] uris = [catalog.Tracks[0].Uri, catalog.Albums[0].Uri, catalog.Shows[0].Uri, catalog.Playlists[20].Uri, "spotify:user:alice.example", catalog.Artists[2].Uri];

        using var save = await h.SendAsync(HttpMethod.Put, "v1/me/library?uris=" + string.Join(',', uris), token);
        var contains = await h.GetJsonAsync($"v1/me/library/contains?uris={string.Join(',', uris)},{catalog.Tracks[1].Uri}", token);
        using var remove = await h.SendAsync(HttpMethod.Delete, "v1/me/library?uris=" + catalog.Albums[0].Uri, token);

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal(0, save.Content.Headers.ContentLength);
        Assert.Equal([true, true, true, true, true, true, false], contains.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.False(user.Library.Contains(EmulatorItemType.Album, catalog.Albums[0].Id));
        Assert.True(user.Library.Contains(EmulatorItemType.User, "alice.example"));
        Assert.True(user.Library.Contains(EmulatorItemType.Artist, catalog.Artists[2].Id));
    }

    [Fact]
    public async Task Save_UriTypeWhoseScopeIsMissing_Is403()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-library-modify");
        var uris = h.Emulator.Catalog.Tracks[0].Uri + "," + h.Emulator.Catalog.Artists[0].Uri;

        using var mixed = await h.SendAsync(HttpMethod.Put, "v1/me/library?uris=" + uris, token);
        using var tracksOnly = await h.SendAsync(HttpMethod.Put, "v1/me/library?uris=" + h.Emulator.Catalog.Tracks[0].Uri, token);

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(mixed, 403));
        Assert.Equal(HttpStatusCode.OK, tracksOnly.StatusCode);
    }

    [Fact]
    public async Task Contains_NeedsTheReadScopeOfEachType()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/library/contains?uris=" + h.Emulator.Catalog.Playlists[0].Uri, h.UserToken("user-library-read"));

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(response, 403));
    }

    [Theory]
    [InlineData("", "Missing required parameter: uris")]
    [InlineData("spotify:track:short", "Invalid Spotify URI: spotify:track:short")]
    [InlineData("spotify:chapter:0000000000000000000000", "Unsupported URI type: chapter")]
    public async Task Save_MalformedUris_Is400(string uris, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Put, "v1/me/library?uris=" + uris, h.UserToken("user-library-modify"));

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task Save_MoreThanFortyUris_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var uris = string.Join(',', h.Emulator.Catalog.Tracks.Take(41).Select(t => t.Uri));

        using var response = await h.SendAsync(HttpMethod.Put, "v1/me/library?uris=" + uris, h.UserToken("user-library-modify"));

        Assert.Equal("Too many URIs requested. Maximum: 40", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }
    [Fact]
    public async Task Contains_ArtistAndUserNeedFollowRead_PlaylistNeedsReadPrivate()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var catalog = h.Emulator.Catalog;

        using var artistWithoutFollowRead = await h.GetAsync("v1/me/library/contains?uris=" + catalog.Artists[0].Uri, h.UserToken("user-library-read"));
        var followReadOnly = await h.GetJsonAsync("v1/me/library/contains?uris=" + catalog.Artists[0].Uri + ",spotify:user:alice.example", h.UserToken("user-follow-read"));
        var playlist = await h.GetJsonAsync("v1/me/library/contains?uris=" + h.DemoUser.Library.GetIds(EmulatorItemType.Playlist)[0].Insert(0, "spotify:playlist:"), h.UserToken("playlist-read-private"));

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(artistWithoutFollowRead, 403));
        Assert.Equal([h.DemoUser.Library.Contains(EmulatorItemType.Artist, catalog.Artists[0].Id), true], followReadOnly.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal([true], playlist.EnumerateArray().Select(e => e.GetBoolean()));
    }

    [Theory]
    [InlineData("playlist-modify-public")]
    [InlineData("playlist-modify-private")]
    public async Task SaveRemove_PlaylistWithEitherModifyScope_FollowsAndUnfollows(string scope)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("playlist.saver");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, scope).AccessToken;
        var playlist = h.Emulator.Catalog.Playlists[33];

        using var save = await h.SendAsync(HttpMethod.Put, "v1/me/library?uris=" + playlist.Uri, token);
        var followed = user.Library.Contains(EmulatorItemType.Playlist, playlist.Id);
        using var remove = await h.SendAsync(HttpMethod.Delete, "v1/me/library?uris=" + playlist.Uri, token);

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.True(followed);
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.False(user.Library.Contains(EmulatorItemType.Playlist, playlist.Id));
    }

    [Fact]
    public async Task Save_OneUnknownItem_Is404AndNothingSaved()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("careful.saver");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-modify", "user-follow-modify").AccessToken;
        var track = h.Emulator.Catalog.Tracks[5];

        using var unknownTrack = await h.SendAsync(HttpMethod.Put, $"v1/me/library?uris={track.Uri},spotify:track:0000000000000000000000", token);
        using var unknownUser = await h.SendAsync(HttpMethod.Put, $"v1/me/library?uris={track.Uri},spotify:user:nobody.here", token);

        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(unknownTrack, 404));
        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(unknownUser, 404));
        Assert.False(user.Library.Contains(EmulatorItemType.Track, track.Id));
    }

    [Fact]
    public async Task Library_ClientCredentialsToken_Is401()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/library/contains?uris=" + h.Emulator.Catalog.Tracks[0].Uri, h.ClientToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
