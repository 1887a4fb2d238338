namespace Spotantic.Models;

/// <summary>
/// One page of an offset-based paged result.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
/// <remarks>
/// Corresponds to Spotify's <c>PagingObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-albums-tracks">the Spotify Web API reference</see>.
/// </remarks>
public sealed record Page<T>
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static Page<T> Empty { get; } = new();

    /// <summary>Gets a link to the Web API endpoint returning the full result of the request.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the items of this page; empty (never <see langword="null"/>) when Spotify omits the field.</summary>
    public IReadOnlyList<T> Items { get; init => field = value ?? []; } = [];

    /// <summary>Gets the maximum number of items in the response, as set in the query or by default.</summary>
    public int Limit { get; init; }

    /// <summary>Gets the URL of the next page, or <see langword="null"/> when this is the last page.</summary>
    public string? Next { get; init; }

    /// <summary>Gets the offset of the items returned, as set in the query or by default.</summary>
    public int Offset { get; init; }

    /// <summary>Gets the URL of the previous page, or <see langword="null"/> when this is the first page.</summary>
    public string? Previous { get; init; }

    /// <summary>Gets the total number of items available.</summary>
    public int Total { get; init; }
}
