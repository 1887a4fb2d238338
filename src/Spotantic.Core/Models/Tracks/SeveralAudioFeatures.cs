namespace Spotantic.Models;

/// <summary>
/// The response of a request for the audio features of several tracks.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-audio-features">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SeveralAudioFeatures
{
    /// <summary>
    /// Gets the audio features, in the order requested; an entry is <see langword="null"/> when the corresponding ID was
    /// not found.
    /// </summary>
    public IReadOnlyList<AudioFeatures?> AudioFeatures { get; init => field = value ?? []; } = [];
}
