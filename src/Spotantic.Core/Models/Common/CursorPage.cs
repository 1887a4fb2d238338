namespace Spotantic.Models;

/// <summary>
/// One page of a cursor-based paged result, such as recently played tracks or followed artists.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
/// <remarks>
/// Corresponds to Spotify's <c>CursorPagingObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-recently-played">the Spotify Web API reference</see>.
/// Follow <see cref="Next"/> (or pass <see cref="Cursor.After"/> back) to fetch the next page.
/// </remarks>
public sealed record CursorPage<T>
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static CursorPage<T> Empty { get; } = new();

    /// <summary>Gets a link to the Web API endpoint returning the full result of the request.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the items of this page; empty (never <see langword="null"/>) when Spotify omits the field.</summary>
    public IReadOnlyList<T> Items { get; init => field = value ?? []; } = [];

    /// <summary>Gets the maximum number of items in the response, as set in the query or by default.</summary>
    public int Limit { get; init; }

    /// <summary>Gets the URL of the next page, or <see langword="null"/> when this is the last page.</summary>
    public string? Next { get; init; }

    /// <summary>Gets the cursors used to find the next (and previous) set of items; their values are <see langword="null"/> when Spotify omits them.</summary>
    public Cursor Cursors { get; init => field = value ?? Cursor.Empty; } = Cursor.Empty;

    /// <summary>
    /// Gets the total number of items available, or <see langword="null"/> when Spotify omits it (recently played
    /// tracks carry no total).
    /// </summary>
    public int? Total { get; init; }
}
