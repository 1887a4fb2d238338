namespace Spotantic.Testing;

/// <summary>The kinds of object a user can keep in their library (saved items and follows).</summary>
public enum EmulatorItemType
{
    /// <summary>A saved track (<c>spotify:track:</c>).</summary>
    Track,

    /// <summary>A saved album (<c>spotify:album:</c>).</summary>
    Album,

    /// <summary>A saved podcast episode (<c>spotify:episode:</c>).</summary>
    Episode,

    /// <summary>A saved podcast show (<c>spotify:show:</c>).</summary>
    Show,

    /// <summary>A saved audiobook (<c>spotify:audiobook:</c>).</summary>
    Audiobook,

    /// <summary>A followed artist (<c>spotify:artist:</c>).</summary>
    Artist,

    /// <summary>A followed user (<c>spotify:user:</c>).</summary>
    User,

    /// <summary>A followed (saved) playlist (<c>spotify:playlist:</c>).</summary>
    Playlist,
}
