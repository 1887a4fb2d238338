using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class SearchEndpointsTests
{
    [Fact]
    public async Task Search_EveryType_ConformsToSearchItems()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/search?q=a&type=album,artist,playlist,track,show,episode,audiobook&limit=10", h.ClientToken());

        SpecSchemas.AssertResponseConforms(json, "search");
        foreach (var property in (string[])["tracks", "artists", "albums", "playlists", "shows", "episodes", "audiobooks"])
        {
            Assert.True(json.TryGetProperty(property, out var page), property);
            Assert.Equal(10, page.GetProperty("limit").GetInt32());
        }
    }

    [Fact]
    public async Task Search_OneType_OnlyThatPage()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/search?q=a&type=artist", h.ClientToken());

        Assert.Equal(["artists"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, json.GetProperty("artists").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Search_ArtistName_FindsTheArtistAndItsTracks()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var artist = h.Emulator.Catalog.Artists[2];
        var query = Uri.EscapeDataString($"artist:\"{artist.Name}\"");

        var json = await h.GetJsonAsync($"v1/search?q={query}&type=artist,track&limit=10", h.ClientToken());

        Assert.Contains(json.GetProperty("artists").GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == artist.Id);
        var expectedTracks = h.Emulator.Catalog.Tracks.Count(t => t.ArtistIds.Any(id => h.Emulator.Catalog.FindArtist(id)!.Name.Contains(artist.Name, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(expectedTracks, json.GetProperty("tracks").GetProperty("total").GetInt32());
        Assert.All(
            json.GetProperty("tracks").GetProperty("items").EnumerateArray(),
            t => Assert.Contains(t.GetProperty("artists").EnumerateArray(), a => a.GetProperty("name").GetString()!.Contains(artist.Name, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Search_NextLink_AsksForItsTypeAloneAndReturnsTheFollowingPage()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();

        var first = await h.GetJsonAsync("v1/search?q=a&type=track,album&limit=3", token);
        var next = first.GetProperty("tracks").GetProperty("next").GetString()!;
        var second = await h.GetJsonAsync(next, token);

        Assert.Contains("type=track", next, StringComparison.Ordinal);
        Assert.DoesNotContain("album", next, StringComparison.Ordinal);
        Assert.Contains("query=a", next, StringComparison.Ordinal);
        Assert.Equal(["tracks"], second.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, second.GetProperty("tracks").GetProperty("offset").GetInt32());
        var firstIds = first.GetProperty("tracks").GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString());
        var secondIds = second.GetProperty("tracks").GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString());
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Fact]
    public async Task Search_YearRangeFilter_OnlyAlbumsReleasedThen()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/search?q=year:2000-2010&type=album&limit=10", h.ClientToken());

        var expected = h.Emulator.Catalog.Albums.Count(a => int.Parse(a.ReleaseDate[..4], System.Globalization.CultureInfo.InvariantCulture) is >= 2000 and <= 2010);
        Assert.Equal(expected, json.GetProperty("albums").GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("albums").GetProperty("items").EnumerateArray(), a => Assert.InRange(int.Parse(a.GetProperty("release_date").GetString()![..4], System.Globalization.CultureInfo.InvariantCulture), 2000, 2010));
    }

    [Fact]
    public async Task Search_UpcFilter_FindsTheAlbum()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var album = h.Emulator.Catalog.Albums[7];

        var json = await h.GetJsonAsync($"v1/search?q=upc:{album.Upc}&type=album&limit=10", h.ClientToken());

        var items = json.GetProperty("albums").GetProperty("items").EnumerateArray().ToArray();
        Assert.Contains(items, a => a.GetProperty("id").GetString() == album.Id);
        Assert.Equal(h.Emulator.Catalog.Albums.Count(a => a.Upc == album.Upc), json.GetProperty("albums").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_Playlists_OnlyPublicOnes()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/search?q=a&type=playlist&limit=10", h.ClientToken());

        var publicIds = h.Emulator.Catalog.Playlists.Where(p => p.IsPublic).Select(p => p.Id).ToHashSet();
        Assert.All(json.GetProperty("playlists").GetProperty("items").EnumerateArray(), p => Assert.Contains(p.GetProperty("id").GetString()!, publicIds));
    }

    [Fact]
    public async Task Search_NoMatch_EmptyPages()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/search?q=zzqqxxnothing&type=track", h.ClientToken());

        Assert.Equal(0, json.GetProperty("tracks").GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("tracks").GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("type=track", "No search query")]
    [InlineData("q=a", "Missing parameter type")]
    [InlineData("q=a&type=tracks", "Bad search type field tracks")]
    [InlineData("q=a&type=track&limit=11", "Invalid limit")]
    [InlineData("q=a&type=track&offset=1001", "Invalid offset")]
    [InlineData("q=a&type=track&market=XX", "Invalid market code")]
    [InlineData("q=a&type=track&include_external=video", "Invalid include_external value")]
    public async Task Search_BadParameters_400(string query, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/search?" + query, h.ClientToken());

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task Search_Offset1000_Accepted()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/search?q=a&type=track&offset=1000&include_external=audio", h.ClientToken());

        Assert.Equal(1000, json.GetProperty("tracks").GetProperty("offset").GetInt32());
    }
}
