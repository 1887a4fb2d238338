namespace Spotantic.Models;

/// <summary>
/// A narrator of an audiobook.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>NarratorObject</c>.
/// </remarks>
public sealed record Narrator
{
    /// <summary>Gets the name of the narrator.</summary>
    public string Name { get; init => field = value ?? ""; } = "";
}
