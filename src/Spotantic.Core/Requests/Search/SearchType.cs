namespace Spotantic.Requests;

/// <summary>An item type a search can cover (the values of the <c>type</c> parameter of <c>GET /search</c>).</summary>
public enum SearchType
{
    /// <summary>Albums (<c>album</c>).</summary>
    Album,

    /// <summary>Artists (<c>artist</c>).</summary>
    Artist,

    /// <summary>Playlists (<c>playlist</c>).</summary>
    Playlist,

    /// <summary>Tracks (<c>track</c>).</summary>
    Track,

    /// <summary>Podcast shows (<c>show</c>).</summary>
    Show,

    /// <summary>Podcast episodes (<c>episode</c>).</summary>
    Episode,

    /// <summary>Audiobooks (<c>audiobook</c>); Spotify offers them only in some markets.</summary>
    Audiobook,
}
