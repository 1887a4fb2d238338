using System.Globalization;
using Microsoft.Extensions.Logging;
using Spotantic;
using Spotantic.Clients;
using Spotantic.Models;
using Spotantic.Requests;

namespace WorkerSample;

/// <summary>
/// The sample's job: walk the saved albums page by page, print a summary, save an album and check that it is saved,
/// and show what is playing. <see cref="LibraryWorker"/> runs it with the typed clients it injects.
/// </summary>
internal sealed partial class LibraryReport(IAlbumsClient albums, ILibraryClient library, IPlayerClient player, ApiRequestCounter requests, WorkerSettings settings, ILogger<LibraryReport> logger)
{
    private const int PageSize = GetUserSavedAlbumsRequest.MaxLimit;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var summary = await SummarizeSavedAlbumsAsync(cancellationToken).ConfigureAwait(false);
        var text = summary.Format(settings.TopArtists);
        LogSummary(logger, text);

        await SaveAndCheckAlbumAsync(cancellationToken).ConfigureAwait(false);
        await ShowPlaybackAsync(cancellationToken).ConfigureAwait(false);
        var sent = requests.TakeSummary();
        LogRequests(logger, sent);
    }

    private async Task<LibrarySummary> SummarizeSavedAlbumsAsync(CancellationToken cancellationToken)
    {
        // One small call first, to show what every call returns: the request sent, the raw response, the typed data.
        var first = await albums.GetUserSavedAlbumsAsync(limit: 1, cancellationToken: cancellationToken).ConfigureAwait(false);
        var total = first.Data.Total;
        var sent = first.Response;
        LogFirstCall(logger, sent.Method.Method, sent.RequestUri.PathAndQuery, (int)sent.StatusCode, total);

        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var summary = new LibrarySummary();
        var loaded = 0;

        // The enumerator follows each page's `next` link; only the page size is chosen here.
        await foreach (var saved in albums.EnumerateUserSavedAlbumsAsync(new GetUserSavedAlbumsRequest { Limit = PageSize }, cancellationToken).ConfigureAwait(false))
        {
            summary.Add(saved, await AlbumDurationAsync(saved.Album, cancellationToken).ConfigureAwait(false));
            loaded++;
            if (loaded % PageSize == 0 || loaded == total)
            {
                var page = (loaded + PageSize - 1) / PageSize;
                LogProgress(logger, page, pages < page ? page : pages, loaded, total < loaded ? loaded : total);
            }
        }

        return summary;
    }

    // A saved album embeds only the first page of its tracks; longer albums need their remaining pages.
    private async Task<TimeSpan> AlbumDurationAsync(Album album, CancellationToken cancellationToken)
    {
        var milliseconds = album.Tracks.Items.Sum(t => (long)t.DurationMs);
        if (album.Tracks.Next is not null && album.Id.Length > 0)
        {
            var rest = new GetAlbumTracksRequest(album.Id) { Offset = album.Tracks.Items.Count, Limit = GetAlbumTracksRequest.MaxLimit };
            await foreach (var track in albums.EnumerateAlbumTracksAsync(rest, cancellationToken).ConfigureAwait(false))
            {
                milliseconds += track.DurationMs;
            }
        }

        return TimeSpan.FromMilliseconds(milliseconds);
    }

    private async Task SaveAndCheckAlbumAsync(CancellationToken cancellationToken)
    {
        var uri = settings.AlbumToSave;
        var id = uri[(uri.LastIndexOf(':') + 1)..];
        var album = (await albums.GetAlbumAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
        var name = LibrarySummary.Describe(album);

        var wasSaved = await IsSavedAsync(uri, cancellationToken).ConfigureAwait(false);
        if (wasSaved)
        {
            LogAlreadySaved(logger, name, uri);
            return;
        }

        await SaveAsync(uri, cancellationToken).ConfigureAwait(false);
        var saved = await IsSavedAsync(uri, cancellationToken).ConfigureAwait(false);
        LogSaved(logger, name, uri, saved ? "yes" : "NO");
        if (!saved)
        {
            throw new InvalidOperationException($"Spotify accepted saving {uri} but does not report it as saved.");
        }

        // Leave the library as it was found, so running the sample (or watching) changes nothing for good.
        await RemoveAsync(uri, cancellationToken).ConfigureAwait(false);
        LogRemoved(logger, uri);
    }

    // /me/library takes Spotify URIs of any type: one call shape for albums, tracks, shows, playlists and more.
    private async Task<bool> IsSavedAsync(string uri, CancellationToken cancellationToken) =>
        (await library.CheckLibraryContainsAsync([uri], cancellationToken).ConfigureAwait(false)).Data[0];

    private Task<SpotifyResult<SaveLibraryItemsRequest>> SaveAsync(string uri, CancellationToken cancellationToken) =>
        library.SaveLibraryItemsAsync([uri], cancellationToken);

    private Task<SpotifyResult<RemoveLibraryItemsRequest>> RemoveAsync(string uri, CancellationToken cancellationToken) =>
        library.RemoveLibraryItemsAsync([uri], cancellationToken);

    private async Task ShowPlaybackAsync(CancellationToken cancellationToken)
    {
        // Spotify answers 204 No Content when no device is playing; Spotantic returns null data for it.
        var playback = (await player.GetPlaybackStateAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
        if (playback?.Item is not { } item)
        {
            LogNothingPlaying(logger);
            return;
        }

        var what = item switch
        {
            Track track => $"\"{track.Name}\" by {string.Join(", ", track.Artists.Select(a => a.Name))}",
            Episode episode => $"\"{episode.Name}\" from {episode.Show.Name}",
            _ => $"\"{item.Name}\"",
        };
        var position = TimeSpan.FromMilliseconds(playback.ProgressMs ?? 0);
        var length = TimeSpan.FromMilliseconds(item.DurationMs);
        var state = playback.IsPlaying ? "Playing" : "Paused";
        var device = playback.Device.Name;
        var progress = string.Create(CultureInfo.InvariantCulture, $"{(int)position.TotalMinutes}:{position.Seconds:D2} / {(int)length.TotalMinutes}:{length.Seconds:D2}");
        LogPlayback(logger, state, what, device, progress);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} -> {StatusCode}: you have {Total} saved albums.")]
    private static partial void LogFirstCall(ILogger logger, string method, string path, int statusCode, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading saved albums: page {Page}/{Pages} ({Loaded}/{Total})")]
    private static partial void LogProgress(ILogger logger, int page, int pages, int loaded, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private static partial void LogSummary(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "Album {Album} ({Uri}) is already in your library.")]
    private static partial void LogAlreadySaved(ILogger logger, string album, string uri);

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved {Album} ({Uri}); in your library now: {Saved}.")]
    private static partial void LogSaved(ILogger logger, string album, string uri, string saved);

    [LoggerMessage(Level = LogLevel.Information, Message = "Web API requests for this report: {Requests}.")]
    private static partial void LogRequests(ILogger logger, string requests);

    [LoggerMessage(Level = LogLevel.Information, Message = "Playback: nothing is playing right now.")]
    private static partial void LogNothingPlaying(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Playback: {State} {Item} on {Device} ({Position}).")]
    private static partial void LogPlayback(ILogger logger, string state, string item, string device, string position);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Uri} again, leaving your library as it was.")]
    private static partial void LogRemoved(ILogger logger, string uri);
}
