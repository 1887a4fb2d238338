using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class AudioEndpointsTests
{
    [Fact]
    public async Task GetAudioFeatures_CatalogTrack_ConformsAndIsStable()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var track = h.Emulator.Catalog.Tracks[7];

        var first = await h.GetJsonAsync("v1/audio-features/" + track.Id, h.ClientToken());
        var second = await h.GetJsonAsync("v1/audio-features/" + track.Id, h.UserToken());

        SpecSchemas.AssertResponseConforms(first, "get-audio-features");
        Assert.Equal(track.Id, first.GetProperty("id").GetString());
        Assert.Equal(track.DurationMs, first.GetProperty("duration_ms").GetInt32());
        Assert.Equal("audio_features", first.GetProperty("type").GetString());
        Assert.EndsWith("/v1/audio-analysis/" + track.Id, first.GetProperty("analysis_url").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.InRange(first.GetProperty("time_signature").GetInt32(), 3, 7);
        Assert.InRange(first.GetProperty("danceability").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task GetAudioFeatures_UnknownAndMalformedIds_404And400()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var unknown = await h.GetAsync("v1/audio-features/0000000000000000000000", h.ClientToken());
        using var malformed = await h.GetAsync("v1/audio-features/short", h.ClientToken());

        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(unknown, 404));
        Assert.Equal("invalid id", await EmulatorHarness.ReadApiErrorAsync(malformed, 400));
    }

    [Fact]
    public async Task GetSeveralAudioFeatures_UnknownId_NullInItsPlace()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var tracks = h.Emulator.Catalog.Tracks;

        var json = await h.GetJsonAsync($"v1/audio-features?ids={tracks[0].Id},0000000000000000000000,{tracks[1].Id}", h.ClientToken());

        // The spec's schema has no null entries; Spotify sends null for an unknown ID, as for the other multi-gets.
        var known = await h.GetJsonAsync($"v1/audio-features?ids={tracks[0].Id},{tracks[1].Id}", h.ClientToken());
        SpecSchemas.AssertResponseConforms(known, "get-several-audio-features");
        var features = json.GetProperty("audio_features").EnumerateArray().ToArray();
        Assert.Equal(tracks[0].Id, features[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, features[1].ValueKind);
        Assert.Equal(tracks[1].Id, features[2].GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetSeveralAudioFeatures_101Ids_400TooMany()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ids = string.Join(',', h.Emulator.Catalog.Tracks.Take(101).Select(t => t.Id));

        using var response = await h.GetAsync("v1/audio-features?ids=" + ids, h.ClientToken());

        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetAudioAnalysis_CatalogTrack_ConformsAndMatchesFeatures()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var track = h.Emulator.Catalog.Tracks[3];
        var token = h.ClientToken();

        var analysis = await h.GetJsonAsync("v1/audio-analysis/" + track.Id, token);
        var features = await h.GetJsonAsync("v1/audio-features/" + track.Id, token);

        SpecSchemas.AssertResponseConforms(analysis, "get-audio-analysis");
        var summary = analysis.GetProperty("track");
        Assert.Equal(features.GetProperty("tempo").GetDouble(), summary.GetProperty("tempo").GetDouble());
        Assert.Equal(features.GetProperty("key").GetInt32(), summary.GetProperty("key").GetInt32());
        Assert.Equal(track.DurationMs / 1000.0, summary.GetProperty("duration").GetDouble(), 3);
        Assert.NotEmpty(analysis.GetProperty("beats").EnumerateArray());
        Assert.All(analysis.GetProperty("segments").EnumerateArray(), s => Assert.Equal(12, s.GetProperty("pitches").GetArrayLength()));
    }

    [Fact]
    public async Task GetAudioAnalysis_NoToken_401()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/audio-analysis/" + h.Emulator.Catalog.Tracks[0].Id, null);

        Assert.Equal(401, (int)response.StatusCode);
    }
}
