namespace Spotantic.Models;

/// <summary>
/// The user's most recent position in an episode or chapter.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>ResumePointObject</c>. Spotify only sends it for a user token with the
/// <c>user-read-playback-position</c> scope.
/// </remarks>
public sealed record ResumePoint
{
    /// <summary>Gets whether the user has fully played the episode or chapter.</summary>
    public bool FullyPlayed { get; init; }

    /// <summary>Gets the user's most recent position in the episode or chapter, in milliseconds.</summary>
    public int ResumePositionMs { get; init; }
}
