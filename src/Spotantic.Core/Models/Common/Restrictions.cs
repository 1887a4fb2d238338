namespace Spotantic.Models;

/// <summary>
/// A content restriction applied to an album or track.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>AlbumRestrictionObject</c> and <c>TrackRestrictionObject</c>; it is only
/// present in a response when a restriction applies.
/// </remarks>
public sealed record Restrictions
{
    /// <summary>
    /// Gets the reason for the restriction, for example <see cref="RestrictionReason.Market"/>. Spotify may add reasons;
    /// unknown values are kept as sent.
    /// </summary>
    public RestrictionReason? Reason { get; init; }
}
