using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotantic.Models;

/// <summary>
/// A playable item whose <c>type</c> is neither <c>track</c> nor <c>episode</c> (or is missing), kept instead of failing
/// deserialization.
/// </summary>
/// <remarks>
/// The fields common to all playable items are read as usual; everything else Spotify sent is in <see cref="RawJson"/>.
/// Serializing an instance read from JSON writes <see cref="RawJson"/> back unchanged.
/// </remarks>
public sealed record UnknownPlayableItem : PlayableItem
{
    /// <summary>
    /// Gets the JSON object exactly as Spotify sent it, or an undefined element (<see cref="JsonValueKind.Undefined"/>)
    /// for an instance created in code.
    /// </summary>
    [JsonIgnore]
    public JsonElement RawJson { get; init; }
}
