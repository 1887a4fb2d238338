using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class ArtistsEndpointsTests
{
    [Fact]
    public async Task GetArtist_ReturnsAnArtistObjectOfTheSpec()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var artist = h.Emulator.Catalog.Artists[3];

        var json = await h.GetJsonAsync("v1/artists/" + artist.Id, h.ClientToken());

        SpecSchemas.AssertConforms(json, "ArtistObject");
        Assert.Equal(artist.Name, json.GetProperty("name").GetString());
        Assert.Equal(artist.Followers, json.GetProperty("followers").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task GetMultipleArtists_ReturnsNullForUnknownIds()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var artist = h.Emulator.Catalog.Artists[0];

        var json = await h.GetJsonAsync($"v1/artists?ids=0000000000000000000000,{artist.Id}", h.ClientToken());

        var artists = json.GetProperty("artists").EnumerateArray().ToArray();
        Assert.Equal(JsonValueKind.Null, artists[0].ValueKind);
        Assert.Equal(artist.Id, artists[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetArtistAlbums_IncludeGroupsFiltersAndItemsCarryAlbumGroup()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var artist = h.Emulator.Catalog.Artists[0];
        var token = h.ClientToken();

        var singles = await h.GetJsonAsync($"v1/artists/{artist.Id}/albums?include_groups=single&limit=10", token);
        using var invalid = await h.GetAsync($"v1/artists/{artist.Id}/albums?include_groups=mixtape", token);

        SpecSchemas.AssertConforms(singles, "PagingArtistDiscographyAlbumObject");
        Assert.All(singles.GetProperty("items").EnumerateArray(), a => Assert.Equal("single", a.GetProperty("album_group").GetString()));
        Assert.Equal(h.Emulator.Catalog.Albums.Count(a => a.ArtistIds.Contains(artist.Id) && a.AlbumType == "single"), singles.GetProperty("total").GetInt32());
        Assert.Contains("include_groups=single", singles.GetProperty("next").GetString(), StringComparison.Ordinal);
        Assert.Equal("Invalid include_groups", await EmulatorHarness.ReadApiErrorAsync(invalid, 400));
    }

    [Fact]
    public async Task GetTopTracks_ReturnsAtMostTenOfTheArtistsTracksMostPopularFirst()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var artist = h.Emulator.Catalog.Artists[0];

        var json = await h.GetJsonAsync($"v1/artists/{artist.Id}/top-tracks?market=SE", h.ClientToken());

        var tracks = json.GetProperty("tracks").EnumerateArray().ToArray();
        Assert.Equal(10, tracks.Length);
        Assert.All(tracks, t => Assert.Contains(t.GetProperty("artists").EnumerateArray(), a => a.GetProperty("id").GetString() == artist.Id));
        var popularity = tracks.Select(t => t.GetProperty("popularity").GetInt32()).ToArray();
        Assert.Equal(popularity.OrderDescending(), popularity);
    }

    [Fact]
    public async Task GetRelatedArtists_ReturnsOtherArtists()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var artist = h.Emulator.Catalog.Artists[1];

        var json = await h.GetJsonAsync($"v1/artists/{artist.Id}/related-artists", h.ClientToken());

        var related = json.GetProperty("artists").EnumerateArray().ToArray();
        Assert.Equal(20, related.Length);
        Assert.DoesNotContain(related, a => a.GetProperty("id").GetString() == artist.Id);
        SpecSchemas.AssertConforms(related[0], "ArtistObject");
    }
}
