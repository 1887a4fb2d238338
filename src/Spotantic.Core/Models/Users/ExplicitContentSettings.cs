namespace Spotantic.Models;

/// <summary>
/// The user's explicit content settings.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>ExplicitContentSettingsObject</c>.
/// </remarks>
public sealed record ExplicitContentSettings
{
    /// <summary>Gets whether explicit content should not be played.</summary>
    public bool FilterEnabled { get; init; }

    /// <summary>Gets whether the explicit content setting is locked and cannot be changed by the user.</summary>
    public bool FilterLocked { get; init; }
}
