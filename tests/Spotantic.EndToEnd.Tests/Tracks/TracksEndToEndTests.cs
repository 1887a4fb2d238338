using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Testing;

#pragma warning disable CS0618 // Deprecated Tracks operations are still served to apps with extended quota and must keep working.

namespace Spotantic.EndToEnd.Tests.Tracks;

public sealed class TracksEndToEndTests
{
    private static string[] UnsavedTrackIds(EmulatorSession session, int count) =>
        [.. session.Emulator.Catalog.Tracks.Where(t => !session.User.Library.Contains(EmulatorItemType.Track, t.Id)).Take(count).Select(t => t.Id)];

    [Fact]
    public async Task GetTrackAsync_CatalogTrack_ReturnsItWithItsAlbum()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var expected = session.Emulator.Catalog.Tracks[10];

        var result = await session.Get<ITracksClient>().GetTrackAsync(expected.Id, "SE");

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.AlbumId, result.Data.Album.Id);
        Assert.Equal(expected.DurationMs, result.Data.DurationMs);
    }

    [Fact]
    public async Task GetSeveralTracksAsync_120Ids_ThreeCallsMergedInOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = session.Emulator.Catalog.Tracks.Take(120).Select(t => t.Id).ToArray();

        var result = await session.Client.Tracks.GetSeveralTracksAsync(ids);

        Assert.Equal(ids, result.Data.Tracks.Select(t => t!.Id));
        Assert.Equal([50, 50, 20], session.Emulator.RequestLog.Find("GET", "/v1/tracks").Select(c => c.Query["ids"].Split(',').Length));
    }

    [Fact]
    public async Task EnumerateUserSavedTracksAsync_SmallPages_WalksTheWholeLibrary()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserLibraryRead);
        var saved = session.User.Library.GetIds(EmulatorItemType.Track);

        var ids = new List<string>();
        await foreach (var item in session.Client.Tracks.EnumerateUserSavedTracksAsync(new GetUserSavedTracksRequest { Limit = 7 }))
        {
            ids.Add(item.Track.Id!);
        }

        Assert.True(saved.Count > 7, "the seeded library must span several pages");
        Assert.Equal(saved, ids);
        Assert.Equal((saved.Count + 6) / 7, session.Emulator.RequestLog.Count("GET", "/v1/me/tracks"));
    }

    [Fact]
    public async Task GetUserSavedTracksAsync_OnePage_TotalIsTheLibrarySize()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserLibraryRead);

        var page = await session.Client.Tracks.GetUserSavedTracksAsync(limit: 3, offset: 1);

        Assert.Equal(session.User.Library.Count(EmulatorItemType.Track), page.Data.Total);
        Assert.Equal(session.User.Library.GetIds(EmulatorItemType.Track).Skip(1).Take(3), page.Data.Items.Select(i => i.Track.Id));
    }

    [Fact]
    public async Task GetUserSavedTracksAsync_WithoutLibraryRead_ScopeCheckThrowsBeforeSending()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserLibraryModify);

        await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => session.Client.Tracks.GetUserSavedTracksAsync());

        Assert.Equal(0, session.Emulator.RequestLog.Count("GET", "/v1/me/tracks"));
    }

    [Fact]
    public async Task SaveCheckRemoveTracks_120Ids_ChunkedAndAppliedToTheLibrary()
    {
        await using var session = await EmulatorSession.StartAsync();
        var tracks = session.Client.Tracks;
        var ids = UnsavedTrackIds(session, 120);
        var removed = ids.Take(70).ToArray();

        await tracks.SaveTracksForUserAsync(ids);
        var afterSave = await tracks.CheckUserSavedTracksAsync(ids);
        await tracks.RemoveUserSavedTracksAsync(removed);
        var afterRemove = await tracks.CheckUserSavedTracksAsync(ids);

        Assert.All(ids, id => Assert.Equal(!removed.Contains(id), session.User.Library.Contains(EmulatorItemType.Track, id)));
        Assert.All(afterSave.Data, Assert.True);
        Assert.Equal(ids.Select((_, i) => i >= 70), afterRemove.Data);
        var log = session.Emulator.RequestLog;
        Assert.Equal(3, log.Count("PUT", "/v1/me/tracks"));
        Assert.Equal(2, log.Count("DELETE", "/v1/me/tracks"));
        Assert.Equal(6, log.Count("GET", "/v1/me/tracks/contains"));
        Assert.All(log.Find("PUT", "/v1/me/tracks"), put => Assert.Contains("\"ids\"", put.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveTracksForUserAsync_TimestampedIds_RecordedAtTheGivenTimes()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = UnsavedTrackIds(session, 60);
        var start = new DateTimeOffset(2020, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var entries = ids.Select((id, i) => new TimestampedId { Id = id, AddedAt = start.AddMinutes(i) }).ToArray();

        await session.Client.Tracks.SaveTracksForUserAsync(entries);

        var added = new Dictionary<string, DateTimeOffset>();
        await foreach (var item in session.Client.Tracks.EnumerateUserSavedTracksAsync())
        {
            added[item.Track.Id!] = item.AddedAt;
        }

        Assert.All(entries, entry => Assert.Equal(entry.AddedAt, added[entry.Id]));
        Assert.Equal(2, session.Emulator.RequestLog.Count("PUT", "/v1/me/tracks"));
    }

    [Fact]
    public async Task SaveTracksForUserAsync_UnknownTrackInSecondChunk_BatchExceptionReportsAppliedChunk()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = UnsavedTrackIds(session, 60);
        ids[55] = "0000000000000000000000";

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => session.Client.Tracks.SaveTracksForUserAsync(ids));

        Assert.Equal(ids[..50], exception.AppliedItems);
        Assert.Equal(ids[50..], exception.FailedItems);
        Assert.True(session.User.Library.Contains(EmulatorItemType.Track, ids[0]));
        Assert.False(session.User.Library.Contains(EmulatorItemType.Track, ids[51]));
    }

    [Fact]
    public async Task GetSeveralAudioFeaturesAsync_250Ids_ThreeCallsMatchingSingleLookups()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var ids = session.Emulator.Catalog.Tracks.Take(250).Select(t => t.Id).ToArray();

        var several = await session.Client.Tracks.GetSeveralAudioFeaturesAsync(ids);
        var single = await session.Client.Tracks.GetAudioFeaturesAsync(ids[200]);

        Assert.Equal(ids, several.Data.AudioFeatures.Select(f => f!.Id));
        Assert.Equal(single.Data, several.Data.AudioFeatures[200]);
        Assert.Equal([100, 100, 50], session.Emulator.RequestLog.Find("GET", "/v1/audio-features").Select(c => c.Query["ids"].Split(',').Length));
    }

    [Fact]
    public async Task GetAudioAnalysisAsync_Track_ConsistentWithItsFeatures()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var track = session.Emulator.Catalog.Tracks[5];

        var analysis = await session.Client.Tracks.GetAudioAnalysisAsync(track.Id);
        var features = await session.Client.Tracks.GetAudioFeaturesAsync(track.Id);

        Assert.Equal(features.Data.Tempo, analysis.Data.Track.Tempo);
        Assert.Equal(features.Data.Key, analysis.Data.Track.Key);
        Assert.Equal(track.DurationMs / 1000.0, analysis.Data.Track.Duration, 3);
        Assert.NotEmpty(analysis.Data.Beats);
        Assert.NotEmpty(analysis.Data.Segments);
    }

    [Fact]
    public async Task GetRecommendationsAsync_SeedsAndTunables_TracksWithinTheFilters()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var catalog = session.Emulator.Catalog;
        var artist = catalog.Artists[0];
        var request = new GetRecommendationsRequest
        {
            SeedArtists = [artist.Id],
            SeedGenres = [artist.Genres[0]],
            SeedTracks = [catalog.Tracks[0].Id],
            Limit = 15,
            MinEnergy = 0.2,
            MaxEnergy = 0.9,
            TargetDanceability = 0.5,
        };

        var result = await session.Client.Tracks.GetRecommendationsAsync(request);

        Assert.Equal(3, result.Data.Seeds.Count);
        Assert.Equal(["artist", "genre", "track"], result.Data.Seeds.Select(s => s.Type).Order());
        Assert.InRange(result.Data.Tracks.Count, 1, 15);
        Assert.DoesNotContain(result.Data.Tracks, t => t.Id == catalog.Tracks[0].Id);
        var features = await session.Client.Tracks.GetSeveralAudioFeaturesAsync(result.Data.Tracks.Select(t => t.Id!));
        Assert.All(features.Data.AudioFeatures, f => Assert.InRange(f!.Energy, 0.2, 0.9));
        Assert.Equal("0.2", session.Emulator.RequestLog.Find("GET", "/v1/recommendations").Single().Query["min_energy"]);
    }
}
