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
}
