using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// A track ID with the time it should be recorded as added to the library.
/// </summary>
/// <remarks>
/// An item of the <c>timestamped_ids</c> array of <c>save-tracks-user</c>. Past times insert the track at that point of the
/// library's chronological order; Spotify orders by the minute.
/// </remarks>
public sealed record TimestampedId
{
    /// <summary>Gets the Spotify ID of the track.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the time the track is recorded as added; written in UTC, for example <c>2023-01-15T14:30:00Z</c>.</summary>
    [JsonConverter(typeof(UtcDateTimeOffsetJsonConverter))]
    public required DateTimeOffset AddedAt { get; init; }
}
