namespace Spotantic.Models;

/// <summary>
/// The cursors of a cursor-based page.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>CursorObject</c>. For followed artists <see cref="After"/> is the last artist ID; for
/// recently played tracks both cursors are Unix timestamps in milliseconds, sent as strings.
/// </remarks>
public sealed record Cursor
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static Cursor Empty { get; } = new();

    /// <summary>Gets the cursor to use as key to find the next page of items, or <see langword="null"/> when there is none.</summary>
    public string? After { get; init; }

    /// <summary>Gets the cursor to use as key to find the previous page of items, or <see langword="null"/> when there is none.</summary>
    public string? Before { get; init; }
}
