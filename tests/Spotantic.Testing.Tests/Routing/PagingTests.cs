using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Routing;

public sealed class PagingTests
{
    [Theory]
    [InlineData("v1/me/tracks", EmulatorItemType.Track, "track")]
    [InlineData("v1/me/albums", EmulatorItemType.Album, "album")]
    public async Task SavedItems_FollowingNextLinks_WalksTheWholeLibraryInOrder(string path, EmulatorItemType type, string itemProperty)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-library-read");
        var expected = h.DemoUser.Library.GetIds(type);
        Assert.True(expected.Count > 50, "the demo library must hold more than one page at the maximum limit");

        var collected = new List<string>();
        string? next = path + "?limit=50";
        var pages = 0;
        while (next is not null)
        {
            var page = await h.GetJsonAsync(next, token);
            Assert.Equal(expected.Count, page.GetProperty("total").GetInt32());
            collected.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(itemProperty).GetProperty("id").GetString()!));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            if (next is not null)
            {
                var link = new Uri(next, UriKind.Absolute);
                Assert.Equal(h.Emulator.BaseAddress.Authority, link.Authority);
                Assert.StartsWith(h.Emulator.ApiBaseAddress.AbsolutePath, link.AbsolutePath, StringComparison.Ordinal);
            }

            pages++;
        }

        Assert.Equal(expected, collected);
        Assert.Equal((expected.Count + 49) / 50, pages);
    }

    [Fact]
    public async Task OffsetPage_HasAbsoluteHrefNextAndPreviousCarryingOtherParameters()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var album = h.Emulator.Catalog.Albums.First(a => a.TrackIds.Count > 40);
        var baseUri = h.Emulator.ApiBaseAddress + "albums/" + album.Id + "/tracks";

        var page = await h.GetJsonAsync($"v1/albums/{album.Id}/tracks?market=SE&offset=10&limit=10", h.ClientToken());

        Assert.Equal($"{baseUri}?offset=10&limit=10&market=SE", page.GetProperty("href").GetString());
        Assert.Equal($"{baseUri}?offset=20&limit=10&market=SE", page.GetProperty("next").GetString());
        Assert.Equal($"{baseUri}?offset=0&limit=10&market=SE", page.GetProperty("previous").GetString());
        Assert.Equal(10, page.GetProperty("offset").GetInt32());
        Assert.Equal(album.TrackIds.Count, page.GetProperty("total").GetInt32());
        Assert.Equal(album.TrackIds.Skip(10).Take(10), page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        SpecSchemas.AssertConforms(page, "PagingSimplifiedTrackObject");
    }

    [Fact]
    public async Task FirstAndLastPage_HaveNullPreviousAndNext()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var album = h.Emulator.Catalog.Albums.First(a => a.TrackIds.Count is > 1 and < 20);

        var page = await h.GetJsonAsync($"v1/albums/{album.Id}/tracks", h.ClientToken());

        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("previous").ValueKind);
        Assert.Equal(20, page.GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("limit=0", "Invalid limit")]
    [InlineData("limit=51", "Invalid limit")]
    [InlineData("limit=ten", "Invalid limit")]
    [InlineData("offset=-1", "Invalid offset")]
    [InlineData("offset=x", "Invalid offset")]
    public async Task InvalidLimitOrOffset_Is400(string query, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/tracks?" + query, h.UserToken("user-library-read"));

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task ArtistAlbums_RouteMaximumIsTen()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var artist = h.Emulator.Catalog.Artists[0];
        var token = h.ClientToken();

        var page = await h.GetJsonAsync($"v1/artists/{artist.Id}/albums?limit=10", token);
        using var tooMany = await h.GetAsync($"v1/artists/{artist.Id}/albums?limit=11", token);
        var defaultPage = await h.GetJsonAsync($"v1/artists/{artist.Id}/albums", token);

        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        Assert.Equal("Invalid limit", await EmulatorHarness.ReadApiErrorAsync(tooMany, 400));
        Assert.Equal(5, defaultPage.GetProperty("limit").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() > 10);
    }
}
