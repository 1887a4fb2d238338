namespace Spotantic.Models;

/// <summary>
/// An author of an audiobook.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>AuthorObject</c>.
/// </remarks>
public sealed record Author
{
    /// <summary>Gets the name of the author.</summary>
    public string Name { get; init => field = value ?? ""; } = "";
}
