using System.Net;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>
/// The rows of the fault matrix for calls that are not safe to repeat (docs/reliability.md): Spotify may have applied a
/// POST before failing, so a 5xx or a dropped connection is reported, never retried.
/// </summary>
public sealed class NonIdempotentFaultTests
{
    public static TheoryData<string, int> Calls { get; } = new()
    {
        { "skip to next", 500 },
        { "skip to next", 503 },
        { "add to queue", 502 },
        { "create playlist", 503 },
        { "add items to playlist", 500 },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task NonIdempotentPost_ServerErrorBurst_NotRetriedExactlyOneRequest(string call, int status)
    {
        await using var session = await EmulatorSession.StartAsync();
        var (route, send) = Call(session, call);
        session.Emulator.Faults.On("POST", route).Next(3).RespondServerError(status);

        var ex = await Assert.ThrowsAnyAsync<SpotifyApiException>(send);

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", route));
    }

    [Theory]
    [InlineData("skip to next")]
    [InlineData("add items to playlist")]
    public async Task NonIdempotentPost_ConnectionDropped_NotRetriedAndSaysItMayHaveBeenApplied(string call)
    {
        await using var session = await EmulatorSession.StartAsync();
        var (route, send) = Call(session, call);
        session.Emulator.Faults.On("POST", route).Next(3).DropConnection();

        var ex = await Assert.ThrowsAsync<SpotifyConnectionException>(send);

        Assert.Contains("may or may not have applied it", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", route));
    }

    [Fact]
    public async Task IdempotentGet_ConnectionDroppedOnEveryAttempt_ThrowsConnectionAfterMaxAttempts()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", "/v1/albums/{id}").DropConnection();

        var ex = await Assert.ThrowsAsync<SpotifyConnectionException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Contains("MaxAttempts", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, session.Emulator.RequestLog.Count("GET", "/v1/albums/{id}"));
    }

    private static (string Route, Func<Task> Send) Call(EmulatorSession session, string call)
    {
        var track = "spotify:track:" + session.Emulator.Catalog.Tracks[0].Id;
        var playlist = session.Emulator.Catalog.Playlists.First(p => p.OwnerId == session.User.Id).Id;
        return call switch
        {
            "skip to next" => ("/v1/me/player/next", () => session.Client.Player.SkipToNextAsync()),
            "add to queue" => ("/v1/me/player/queue", () => session.Client.Player.AddToQueueAsync(track)),
            "create playlist" => ("/v1/me/playlists", () => session.Client.Playlists.CreatePlaylistAsync("Road trip")),
            "add items to playlist" => ($"/v1/playlists/{playlist}/items", () => session.Client.Playlists.AddItemsToPlaylistAsync(playlist, [track])),
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
        };
    }
}
