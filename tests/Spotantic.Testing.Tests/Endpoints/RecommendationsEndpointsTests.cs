using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class RecommendationsEndpointsTests
{
    [Fact]
    public async Task GetRecommendationGenres_ClientToken_EveryGenreSeed()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/recommendations/available-genre-seeds", h.ClientToken());

        SpecSchemas.AssertResponseConforms(json, "get-recommendation-genres");
        Assert.Equal(h.Emulator.Catalog.Genres, json.GetProperty("genres").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task GetRecommendations_ArtistSeed_TracksFromThePoolWithSeedSizes()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var artist = h.Emulator.Catalog.Artists[0];

        var json = await h.GetJsonAsync($"v1/recommendations?seed_artists={artist.Id}&limit=5", h.ClientToken());

        SpecSchemas.AssertResponseConforms(json, "get-recommendations");
        var tracks = json.GetProperty("tracks").EnumerateArray().ToArray();
        Assert.Equal(5, tracks.Length);
        Assert.All(tracks, t => Assert.Contains(t.GetProperty("artists").EnumerateArray(), a => a.GetProperty("id").GetString() == artist.Id));
        var seed = Assert.Single(json.GetProperty("seeds").EnumerateArray());
        Assert.Equal("artist", seed.GetProperty("type").GetString());
        Assert.Equal(artist.Id, seed.GetProperty("id").GetString());
        Assert.True(seed.GetProperty("initialPoolSize").GetInt32() >= 5);
    }

    [Fact]
    public async Task GetRecommendations_MinAndMaxFilters_EveryTrackWithinThem()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var genre = h.Emulator.Catalog.Artists[0].Genres[0];
        var token = h.ClientToken();

        var json = await h.GetJsonAsync($"v1/recommendations?seed_genres={genre}&min_energy=0.3&max_energy=0.7&min_popularity=20&limit=100", token);

        var tracks = json.GetProperty("tracks").EnumerateArray().ToArray();
        Assert.NotEmpty(tracks);
        foreach (var track in tracks)
        {
            var features = await h.GetJsonAsync("v1/audio-features/" + track.GetProperty("id").GetString(), token);
            Assert.InRange(features.GetProperty("energy").GetDouble(), 0.3, 0.7);
            Assert.True(track.GetProperty("popularity").GetInt32() >= 20);
        }

        var seed = Assert.Single(json.GetProperty("seeds").EnumerateArray());
        Assert.False(seed.TryGetProperty("href", out _));
        Assert.True(seed.GetProperty("afterFilteringSize").GetInt32() <= seed.GetProperty("initialPoolSize").GetInt32());
    }

    [Fact]
    public async Task GetRecommendations_TargetTempo_NearestTempoFirst()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var genre = h.Emulator.Catalog.Artists[1].Genres[0];
        var token = h.ClientToken();

        var json = await h.GetJsonAsync($"v1/recommendations?seed_genres={genre}&target_tempo=120&limit=10", token);

        var distances = new List<double>();
        foreach (var track in json.GetProperty("tracks").EnumerateArray())
        {
            var features = await h.GetJsonAsync("v1/audio-features/" + track.GetProperty("id").GetString(), token);
            distances.Add(Math.Abs(features.GetProperty("tempo").GetDouble() - 120));
        }

        Assert.Equal(distances.Order(), distances);
    }

    [Theory]
    [InlineData("", "At least one seed (seed_artists, seed_genres or seed_tracks) is required")]
    [InlineData("seed_genres=pop,rock,jazz,blues,soul,funk", "Too many seeds; at most 5 are allowed")]
    [InlineData("seed_genres=not-a-genre", "Invalid genre seed")]
    [InlineData("seed_artists=short", "invalid id")]
    [InlineData("seed_genres=pop&target_energy=1.5", "Invalid value for parameter target_energy")]
    [InlineData("seed_genres=pop&min_key=x", "Invalid value for parameter min_key")]
    [InlineData("seed_genres=pop&limit=101", "Invalid limit")]
    public async Task GetRecommendations_BadParameters_400(string query, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/recommendations?" + query, h.ClientToken());

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetRecommendations_UnknownTrackSeed_404()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/recommendations?seed_tracks=0000000000000000000000", h.ClientToken());

        Assert.Equal(404, (int)response.StatusCode);
    }
}
