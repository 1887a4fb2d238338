#pragma warning disable CS0618 // The operations Spotify withholds from development-mode apps are the deprecated ones.
using System.Net;
using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.DevelopmentMode;

/// <summary>
/// A new app (development mode) against the emulator: Spotify's refusals reach the caller as typed errors that say
/// why and what to do, the calls are sent (Spotantic does not refuse them itself), and what development mode keeps
/// works, without the fields Spotify withholds.
/// </summary>
public sealed class DevelopmentModeEndToEndTests
{
    [Fact]
    public async Task SeveralTracks_DevelopmentMode_403SayingSinceWhenAndToFetchOneByOne()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { QuotaMode = EmulatorQuotaMode.Development });
        var ids = session.Emulator.Catalog.Tracks.Take(2).Select(t => t.Id).ToArray();

        var error = await Assert.ThrowsAsync<SpotifyApiException>(() => session.Get<ITracksClient>().GetSeveralTracksAsync(ids));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.NotNull(error.DevelopmentModeRestriction);
        Assert.Equal(new DateOnly(2026, 3, 9), error.DevelopmentModeRestriction.Since);
        Assert.Contains("development mode", error.Message, StringComparison.Ordinal);
        Assert.Contains("one by one", error.Message, StringComparison.Ordinal);
        Assert.Single(session.Emulator.RequestLog.Find("GET", "/v1/tracks"));
    }

    [Fact]
    public async Task Recommendations_DevelopmentMode_404StillANotFoundThatSaysWhy()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { QuotaMode = EmulatorQuotaMode.Development });

        var error = await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Get<IGenresClient>().GetRecommendationGenresAsync());

        Assert.Equal(new DateOnly(2024, 11, 27), error.DevelopmentModeRestriction?.Since);
        Assert.Contains("27 November 2024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralTracks_ExtendedQuota_Served()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { QuotaMode = EmulatorQuotaMode.Extended });
        var ids = session.Emulator.Catalog.Tracks.Take(2).Select(t => t.Id).ToArray();

        var tracks = await session.Get<ITracksClient>().GetSeveralTracksAsync(ids);

        Assert.Equal(ids, tracks.Data.Tracks.Select(t => t!.Id));
    }

    [Fact]
    public async Task Album_DevelopmentMode_ReadWithoutTheWithheldFields()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { QuotaMode = EmulatorQuotaMode.Development });
        var album = session.Emulator.Catalog.Albums[0];

        var result = await session.Get<IAlbumsClient>().GetAlbumAsync(album.Id);

        Assert.Equal(album.Name, result.Data.Name);
        Assert.DoesNotContain("\"popularity\"", result.Response.ReadAsString(), StringComparison.Ordinal);
    }
}
