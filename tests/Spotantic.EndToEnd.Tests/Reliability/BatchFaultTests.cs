using Microsoft.Extensions.DependencyInjection;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Requests;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>A chunked write where one chunk fails (docs/reliability.md, concurrency and data).</summary>
public sealed class BatchFaultTests
{
    [Fact]
    public async Task SaveLibraryItemsAsync_FiveHundredItemsThirdChunkFails_ReportsExactlyWhatWasAppliedAndNothingTwice()
    {
        const int ChunksBefore = 2;
        SpotifyEmulator? emulator = null;
        var handler = new ArmFaultAfterHandler(HttpMethod.Put, "/v1/me/library", ChunksBefore,
            () => emulator!.Faults.On("PUT", "/v1/me/library").Next(3).RespondServerError(503));
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions
        {
            ConfigureBuilder = b => b.ApiHttpClient.AddHttpMessageHandler(() => handler),
        });
        emulator = session.Emulator;
        var library = session.User.Library;
        var uris = emulator.Catalog.Tracks.Where(t => !library.Contains(EmulatorItemType.Track, t.Id)).Take(500).Select(t => "spotify:track:" + t.Id).ToList();
        Assert.Equal(500, uris.Count);
        const int Chunk = SaveLibraryItemsRequest.MaxUris;

        var ex = await Assert.ThrowsAsync<SpotifyBatchException>(() => session.Client.Library.SaveLibraryItemsAsync(uris));

        Assert.Equal(uris.Take(ChunksBefore * Chunk), ex.AppliedItems);
        Assert.Equal(uris.Skip(ChunksBefore * Chunk).Take(Chunk), ex.FailedItems);
        Assert.Equal(uris.Skip((ChunksBefore + 1) * Chunk), ex.NotSentItems);
        var inLibrary = uris.Where(u => library.Contains(EmulatorItemType.Track, u["spotify:track:".Length..])).ToList();
        Assert.Equal(ex.AppliedItems, inLibrary);
        // Two applied chunks, each sent once; the failing chunk tried MaxAttempts times; nothing after it.
        var puts = emulator.RequestLog.Find("PUT", "/v1/me/library");
        Assert.Equal(ChunksBefore + 3, puts.Count);
        Assert.Equal(ChunksBefore, puts.Take(ChunksBefore).Select(p => p.QueryString + p.Body).Distinct().Count());
    }
}
