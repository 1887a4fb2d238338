using System.Globalization;
using System.Text;
using Spotantic.Models;

namespace WorkerSample;

/// <summary>Totals over the saved albums, filled while the pages load and printed at the end.</summary>
internal sealed class LibrarySummary
{
    private readonly Dictionary<string, int> _albumsPerArtist = new(StringComparer.Ordinal);
    private SavedAlbum? _newest;
    private SavedAlbum? _oldest;

    public int Albums { get; private set; }

    public int Tracks { get; private set; }

    public TimeSpan Duration { get; private set; }

    /// <summary>Adds one saved album with the total length of all its tracks.</summary>
    public void Add(SavedAlbum saved, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(saved);
        Albums++;
        // total_tracks may be left out; the album's track page always carries the same count.
        Tracks += saved.Album.TotalTracks ?? saved.Album.Tracks.Total;
        Duration += duration;
        foreach (var artist in saved.Album.Artists.Select(a => a.Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            _albumsPerArtist[artist] = _albumsPerArtist.GetValueOrDefault(artist) + 1;
        }

        if (_newest is null || saved.AddedAt > _newest.AddedAt)
        {
            _newest = saved;
        }

        if (_oldest is null || saved.AddedAt < _oldest.AddedAt)
        {
            _oldest = saved;
        }
    }

    /// <summary>The artists with the most saved albums, ties by name.</summary>
    public IReadOnlyList<(string Artist, int Albums)> TopArtists(int count) =>
        [.. _albumsPerArtist.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => (p.Key, p.Value))];

    public string Format(int topArtists)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine("Your saved albums");
        text.AppendLine(culture, $"  Albums:          {Albums:N0}");
        text.AppendLine(culture, $"  Tracks:          {Tracks:N0}");
        text.AppendLine(culture, $"  Total duration:  {FormatDuration(Duration)}");
        text.AppendLine(culture, $"  Artists:         {_albumsPerArtist.Count:N0}");
        if (_newest is not null && _oldest is not null)
        {
            text.AppendLine(culture, $"  Newest save:     {Describe(_newest.Album)} ({_newest.AddedAt:yyyy-MM-dd})");
            text.AppendLine(culture, $"  Oldest save:     {Describe(_oldest.Album)} ({_oldest.AddedAt:yyyy-MM-dd})");
        }

        var top = TopArtists(topArtists);
        if (top.Count > 0)
        {
            text.AppendLine("  Top artists:");
            for (var i = 0; i < top.Count; i++)
            {
                text.AppendLine(culture, $"    {i + 1}. {top[i].Artist} ({top[i].Albums} album{(top[i].Albums == 1 ? "" : "s")})");
            }
        }

        return text.ToString().TrimEnd();
    }

    public static string Describe(Album album)
    {
        ArgumentNullException.ThrowIfNull(album);
        var artists = string.Join(", ", album.Artists.Select(a => a.Name));
        return artists.Length == 0 ? $"\"{album.Name}\"" : $"\"{album.Name}\" by {artists}";
    }

    public static string FormatDuration(TimeSpan duration)
    {
        var culture = CultureInfo.InvariantCulture;
        if (duration.TotalHours >= 1)
        {
            return string.Create(culture, $"{(int)duration.TotalHours} h {duration.Minutes:D2} min");
        }

        if (duration.TotalMinutes >= 1)
        {
            return duration.Seconds == 0
                ? string.Create(culture, $"{duration.Minutes} min")
                : string.Create(culture, $"{duration.Minutes} min {duration.Seconds:D2} s");
        }

        return string.Create(culture, $"{duration.Seconds} s");
    }
}
