using System.Diagnostics.CodeAnalysis;
using Spotantic.Testing.Catalog;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing;

/// <summary>
/// The emulator's seeded catalog: artists, albums, tracks, shows, episodes, audiobooks, chapters, playlists,
/// categories, markets and genres. Tests read it to pick IDs; the same seed always gives the same catalog. Everything
/// but playlists is immutable; playlists change through the API.
/// </summary>
public sealed class EmulatorCatalog
{
    private readonly object _playlistGate = new();
    private readonly Dictionary<string, CatalogPlaylist> _playlistsById = new(StringComparer.Ordinal);
    private readonly List<CatalogPlaylist> _playlists = [];
    private readonly HashSet<string> _createdIds = new(StringComparer.Ordinal);
    private readonly Random _idRandom;
    private readonly IReadOnlyList<string> _markets = CatalogWords.Markets;
    private readonly IReadOnlyList<string> _genres = CatalogWords.Genres;

    internal EmulatorCatalog(CatalogData data)
    {
        Data = data;
#pragma warning disable CA5394 // Deterministic IDs for created playlists, never used for security.
        _idRandom = new Random(data.Seed ^ 0x5EED);
#pragma warning restore CA5394
        foreach (var seed in data.PlaylistSeeds)
        {
            var playlist = new CatalogPlaylist(seed.Id, seed.OwnerId, seed.Name, seed.Description, seed.IsPublic, seed.IsCollaborative, seed.Followers, seed.Items);
            foreach (var collaborator in seed.Collaborators)
            {
                playlist.AddCollaborator(collaborator);
            }

            _playlists.Add(playlist);
            _playlistsById.Add(playlist.Id, playlist);
        }
    }

    /// <summary>The seed the catalog was generated from.</summary>
    public int Seed => Data.Seed;

    /// <summary>All artists.</summary>
    public IReadOnlyList<CatalogArtist> Artists => Data.Artists;

    /// <summary>All albums, singles and compilations.</summary>
    public IReadOnlyList<CatalogAlbum> Albums => Data.Albums;

    /// <summary>All tracks.</summary>
    public IReadOnlyList<CatalogTrack> Tracks => Data.Tracks;

    /// <summary>All podcast shows.</summary>
    public IReadOnlyList<CatalogShow> Shows => Data.Shows;

    /// <summary>All podcast episodes.</summary>
    public IReadOnlyList<CatalogEpisode> Episodes => Data.Episodes;

    /// <summary>All audiobooks.</summary>
    public IReadOnlyList<CatalogAudiobook> Audiobooks => Data.Audiobooks;

    /// <summary>All audiobook chapters.</summary>
    public IReadOnlyList<CatalogChapter> Chapters => Data.Chapters;

    /// <summary>All browse categories.</summary>
    public IReadOnlyList<CatalogCategory> Categories => Data.Categories;

    /// <summary>The ISO 3166-1 alpha-2 codes of the available markets.</summary>
    public IReadOnlyList<string> Markets => _markets;

    /// <summary>The available genre seeds.</summary>
    public IReadOnlyList<string> Genres => _genres;

    /// <summary>All playlists, seeded ones first, then created ones in creation order.</summary>
    public IReadOnlyList<CatalogPlaylist> Playlists
    {
        get
        {
            lock (_playlistGate)
            {
                return [.. _playlists];
            }
        }
    }

    internal CatalogData Data { get; }

    /// <summary>Finds an artist.</summary>
    /// <param name="id">The artist ID.</param>
    /// <returns>The artist, or null.</returns>
    public CatalogArtist? FindArtist(string id) => Data.ArtistsById.GetValueOrDefault(id);

    /// <summary>Finds an album.</summary>
    /// <param name="id">The album ID.</param>
    /// <returns>The album, or null.</returns>
    public CatalogAlbum? FindAlbum(string id) => Data.AlbumsById.GetValueOrDefault(id);

    /// <summary>Finds a track.</summary>
    /// <param name="id">The track ID.</param>
    /// <returns>The track, or null.</returns>
    public CatalogTrack? FindTrack(string id) => Data.TracksById.GetValueOrDefault(id);

    /// <summary>Finds a show.</summary>
    /// <param name="id">The show ID.</param>
    /// <returns>The show, or null.</returns>
    public CatalogShow? FindShow(string id) => Data.ShowsById.GetValueOrDefault(id);

    /// <summary>Finds an episode.</summary>
    /// <param name="id">The episode ID.</param>
    /// <returns>The episode, or null.</returns>
    public CatalogEpisode? FindEpisode(string id) => Data.EpisodesById.GetValueOrDefault(id);

    /// <summary>Finds an audiobook.</summary>
    /// <param name="id">The audiobook ID.</param>
    /// <returns>The audiobook, or null.</returns>
    public CatalogAudiobook? FindAudiobook(string id) => Data.AudiobooksById.GetValueOrDefault(id);

    /// <summary>Finds a chapter.</summary>
    /// <param name="id">The chapter ID.</param>
    /// <returns>The chapter, or null.</returns>
    public CatalogChapter? FindChapter(string id) => Data.ChaptersById.GetValueOrDefault(id);

    /// <summary>Finds a category.</summary>
    /// <param name="id">The category ID.</param>
    /// <returns>The category, or null.</returns>
    public CatalogCategory? FindCategory(string id) => Data.CategoriesById.GetValueOrDefault(id);

    /// <summary>Finds a playlist, seeded or created.</summary>
    /// <param name="id">The playlist ID.</param>
    /// <returns>The playlist, or null.</returns>
    public CatalogPlaylist? FindPlaylist(string id)
    {
        lock (_playlistGate)
        {
            return _playlistsById.GetValueOrDefault(id);
        }
    }

    internal bool TryGetArtist(string id, [NotNullWhen(true)] out CatalogArtist? artist) => Data.ArtistsById.TryGetValue(id, out artist);

    internal bool TryGetAlbum(string id, [NotNullWhen(true)] out CatalogAlbum? album) => Data.AlbumsById.TryGetValue(id, out album);

    internal bool TryGetTrack(string id, [NotNullWhen(true)] out CatalogTrack? track) => Data.TracksById.TryGetValue(id, out track);

    internal bool TryGetShow(string id, [NotNullWhen(true)] out CatalogShow? show) => Data.ShowsById.TryGetValue(id, out show);

    internal bool TryGetEpisode(string id, [NotNullWhen(true)] out CatalogEpisode? episode) => Data.EpisodesById.TryGetValue(id, out episode);

    internal bool TryGetAudiobook(string id, [NotNullWhen(true)] out CatalogAudiobook? audiobook) => Data.AudiobooksById.TryGetValue(id, out audiobook);

    internal bool TryGetChapter(string id, [NotNullWhen(true)] out CatalogChapter? chapter) => Data.ChaptersById.TryGetValue(id, out chapter);

    internal bool TryGetCategory(string id, [NotNullWhen(true)] out CatalogCategory? category) => Data.CategoriesById.TryGetValue(id, out category);

    internal bool TryGetPlaylist(string id, [NotNullWhen(true)] out CatalogPlaylist? playlist)
    {
        playlist = FindPlaylist(id);
        return playlist is not null;
    }

    /// <summary>Whether an object of a type exists (users are checked by the caller, they are not catalog items).</summary>
    internal bool Exists(EmulatorItemType type, string id) => type switch
    {
        EmulatorItemType.Track => Data.TracksById.ContainsKey(id),
        EmulatorItemType.Album => Data.AlbumsById.ContainsKey(id),
        EmulatorItemType.Episode => Data.EpisodesById.ContainsKey(id),
        EmulatorItemType.Show => Data.ShowsById.ContainsKey(id),
        EmulatorItemType.Audiobook => Data.AudiobooksById.ContainsKey(id),
        EmulatorItemType.Artist => Data.ArtistsById.ContainsKey(id),
        EmulatorItemType.Playlist => FindPlaylist(id) is not null,
        _ => false,
    };

    /// <summary>The duration of a track or episode URI; 0 when it names neither.</summary>
    internal long DurationMs(string uri)
    {
        if (!SpotifyIds.TryParsePlayableUri(uri, out var type, out var id))
        {
            return 0;
        }

        return type == EmulatorItemType.Track ? FindTrack(id)?.DurationMs ?? 0 : FindEpisode(id)?.DurationMs ?? 0;
    }

    /// <summary>Creates a playlist with a new ID, as <c>POST /me/playlists</c> does.</summary>
    internal CatalogPlaylist CreatePlaylist(string ownerId, string name, string? description, bool isPublic, bool isCollaborative)
    {
        lock (_playlistGate)
        {
            string id;
            do
            {
                id = CatalogGenerator.CatalogIds.NewId(_idRandom, _createdIds);
            }
            while (Data.UsedIds.Contains(id));

            var playlist = new CatalogPlaylist(id, ownerId, name, description, isPublic, isCollaborative, 0, []);
            _playlists.Add(playlist);
            _playlistsById.Add(id, playlist);
            return playlist;
        }
    }
}
