using System.Collections.Concurrent;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Catalog;

/// <summary>
/// The immutable part of a seeded catalog, generated once per seed and shared by every emulator using that seed.
/// Mutable things (playlists, users' libraries) are created per emulator from <see cref="PlaylistSeeds"/>,
/// <see cref="UserSeeds"/> and <see cref="DemoLibrary"/>.
/// </summary>
internal sealed class CatalogData
{
    private static readonly ConcurrentDictionary<int, Lazy<CatalogData>> Cache = new();

    public required int Seed { get; init; }

    public required IReadOnlyList<CatalogArtist> Artists { get; init; }

    public required IReadOnlyList<CatalogAlbum> Albums { get; init; }

    public required IReadOnlyList<CatalogTrack> Tracks { get; init; }

    public required IReadOnlyList<CatalogShow> Shows { get; init; }

    public required IReadOnlyList<CatalogEpisode> Episodes { get; init; }

    public required IReadOnlyList<CatalogAudiobook> Audiobooks { get; init; }

    public required IReadOnlyList<CatalogChapter> Chapters { get; init; }

    public required IReadOnlyList<CatalogCategory> Categories { get; init; }

    public required IReadOnlyList<PlaylistSeed> PlaylistSeeds { get; init; }

    public required IReadOnlyList<UserSeed> UserSeeds { get; init; }

    /// <summary>The demo user's library per type, newest first.</summary>
    public required IReadOnlyDictionary<EmulatorItemType, IReadOnlyList<EmulatorLibrary.SavedEntry>> DemoLibrary { get; init; }

    /// <summary>The demo user's play history, newest first.</summary>
    public required IReadOnlyList<PlayHistoryEntry> DemoRecentlyPlayed { get; init; }

    public required IReadOnlySet<string> UsedIds { get; init; }

    public IReadOnlyDictionary<string, CatalogArtist> ArtistsById { get; private init; } = null!;

    public IReadOnlyDictionary<string, CatalogAlbum> AlbumsById { get; private init; } = null!;

    public IReadOnlyDictionary<string, CatalogTrack> TracksById { get; private init; } = null!;

    public IReadOnlyDictionary<string, CatalogShow> ShowsById { get; private init; } = null!;

    public IReadOnlyDictionary<string, CatalogEpisode> EpisodesById { get; private init; } = null!;

    public IReadOnlyDictionary<string, CatalogAudiobook> AudiobooksById { get; private init; } = null!;

    public IReadOnlyDictionary<string, CatalogChapter> ChaptersById { get; private init; } = null!;

    public IReadOnlyDictionary<string, CatalogCategory> CategoriesById { get; private init; } = null!;

    /// <summary>Per artist: albums where the artist is an album artist, newest first, then albums it appears on.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ArtistAlbum>> DiscographyByArtist { get; private init; } = null!;

    /// <summary>Per artist: tracks it performs on, most popular first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CatalogTrack>> TracksByArtist { get; private init; } = null!;

    /// <summary>All albums, newest release first.</summary>
    public IReadOnlyList<CatalogAlbum> NewReleases { get; private init; } = null!;

    public static CatalogData ForSeed(int seed) =>
        Cache.GetOrAdd(seed, s => new Lazy<CatalogData>(() => CatalogGenerator.Generate(s).WithIndexes())).Value;

    private CatalogData WithIndexes()
    {
        var discography = new Dictionary<string, List<ArtistAlbum>>(StringComparer.Ordinal);
        var tracksByArtist = new Dictionary<string, List<CatalogTrack>>(StringComparer.Ordinal);
        foreach (var artist in Artists)
        {
            discography[artist.Id] = [];
            tracksByArtist[artist.Id] = [];
        }

        var tracksById = Tracks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var album in Albums.OrderByDescending(a => a.ReleaseDate, StringComparer.Ordinal))
        {
            foreach (var artistId in album.ArtistIds)
            {
                discography[artistId].Add(new ArtistAlbum(album, album.AlbumType));
            }
        }

        foreach (var album in Albums.OrderByDescending(a => a.ReleaseDate, StringComparer.Ordinal))
        {
            var featured = album.TrackIds.SelectMany(t => tracksById[t].ArtistIds).Except(album.ArtistIds).Distinct();
            foreach (var artistId in featured)
            {
                discography[artistId].Add(new ArtistAlbum(album, "appears_on"));
            }
        }

        foreach (var track in Tracks)
        {
            foreach (var artistId in track.ArtistIds)
            {
                tracksByArtist[artistId].Add(track);
            }
        }

        return new CatalogData
        {
            Seed = Seed,
            Artists = Artists,
            Albums = Albums,
            Tracks = Tracks,
            Shows = Shows,
            Episodes = Episodes,
            Audiobooks = Audiobooks,
            Chapters = Chapters,
            Categories = Categories,
            PlaylistSeeds = PlaylistSeeds,
            UserSeeds = UserSeeds,
            DemoLibrary = DemoLibrary,
            DemoRecentlyPlayed = DemoRecentlyPlayed,
            UsedIds = UsedIds,
            ArtistsById = Artists.ToDictionary(a => a.Id, StringComparer.Ordinal),
            AlbumsById = Albums.ToDictionary(a => a.Id, StringComparer.Ordinal),
            TracksById = tracksById,
            ShowsById = Shows.ToDictionary(s => s.Id, StringComparer.Ordinal),
            EpisodesById = Episodes.ToDictionary(e => e.Id, StringComparer.Ordinal),
            AudiobooksById = Audiobooks.ToDictionary(a => a.Id, StringComparer.Ordinal),
            ChaptersById = Chapters.ToDictionary(c => c.Id, StringComparer.Ordinal),
            CategoriesById = Categories.ToDictionary(c => c.Id, StringComparer.Ordinal),
            DiscographyByArtist = discography.ToDictionary(p => p.Key, p => (IReadOnlyList<ArtistAlbum>)p.Value, StringComparer.Ordinal),
            TracksByArtist = tracksByArtist.ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<CatalogTrack>)[.. p.Value.OrderByDescending(t => t.Popularity).ThenBy(t => t.Id, StringComparer.Ordinal)],
                StringComparer.Ordinal),
            NewReleases = [.. Albums.OrderByDescending(a => a.ReleaseDate, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)],
        };
    }
}

/// <summary>An album in an artist's discography, with the artist's relation to it (the <c>album_group</c>).</summary>
internal readonly record struct ArtistAlbum(CatalogAlbum Album, string AlbumGroup);

internal sealed record PlaylistSeed(
    string Id,
    string OwnerId,
    string Name,
    string? Description,
    bool IsPublic,
    bool IsCollaborative,
    int Followers,
    IReadOnlyList<CatalogPlaylistItem> Items,
    IReadOnlyList<string> Collaborators);

internal sealed record UserSeed(string Id, string AccountId, string DisplayName, string Email, string Country, string Product, int Followers);
