using System.Globalization;
using System.Text.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Json;

/// <summary>
/// A copy of a user's playback taken under the player's lock, so that the JSON is written after the lock is released
/// (writers of episodes take the lock themselves for the resume point).
/// </summary>
internal sealed record PlayerSnapshot(
    PlayerDevice? ActiveDevice,
    string? ItemUri,
    string? ContextUri,
    bool IsPlaying,
    long ProgressMs,
    long TimestampMs,
    bool ShuffleState,
    string RepeatState,
    IReadOnlyList<string> Upcoming);

/// <summary>CurrentlyPlayingContextObject, CurrentlyPlayingObject, DeviceObject, QueueObject, PlayHistoryObject and ContextObject.</summary>
internal static class PlayerJson
{
    /// <summary>Writes a DeviceObject.</summary>
    public static void WriteDevice(Utf8JsonWriter writer, PlayerDevice device)
    {
        writer.WriteStartObject();
        writer.WriteString("id", device.Id);
        writer.WriteBoolean("is_active", device.IsActive);
        writer.WriteBoolean("is_private_session", device.IsPrivateSession);
        writer.WriteBoolean("is_restricted", device.IsRestricted);
        writer.WriteString("name", device.Name);
        writer.WriteString("type", device.Type);
        if (device.VolumePercent is { } volume)
        {
            writer.WriteNumber("volume_percent", volume);
        }
        else
        {
            writer.WriteNull("volume_percent");
        }

        writer.WriteBoolean("supports_volume", device.SupportsVolume);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a CurrentlyPlayingContextObject (<paramref name="withDevice"/>) or a CurrentlyPlayingObject. Spotify sends
    /// <c>null</c> for a missing context or a left-out item; the spec does not mark them nullable, so they are omitted.
    /// </summary>
    public static void WritePlayback(Utf8JsonWriter writer, PlayerSnapshot snapshot, RenderContext context, ResumePoints resumePoints, bool includeEpisodes, bool withDevice)
    {
        writer.WriteStartObject();
        if (withDevice)
        {
            if (snapshot.ActiveDevice is { } device)
            {
                writer.WritePropertyName("device");
                WriteDevice(writer, device);
            }

            writer.WriteString("repeat_state", snapshot.RepeatState);
            writer.WriteBoolean("shuffle_state", snapshot.ShuffleState);
        }

        if (snapshot.ContextUri is { } contextUri)
        {
            writer.WritePropertyName("context");
            WriteContext(writer, contextUri, context);
        }

        writer.WriteNumber("timestamp", snapshot.TimestampMs);
        writer.WriteNumber("progress_ms", snapshot.ProgressMs);
        writer.WriteBoolean("is_playing", snapshot.IsPlaying);
        var type = snapshot.ItemUri is { } uri && uri.StartsWith("spotify:episode:", StringComparison.Ordinal) ? "episode" : "track";
        if (snapshot.ItemUri is { } itemUri && (type == "track" || includeEpisodes))
        {
            writer.WritePropertyName("item");
            PlayableJson.Write(writer, itemUri, context, resumePoints);
        }

        writer.WriteString("currently_playing_type", type);

        // The spec puts the disallow flags directly in "actions"; a flag set to true means the action is not allowed.
        writer.WriteStartObject("actions");
        writer.WriteBoolean(snapshot.IsPlaying ? "resuming" : "pausing", true);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes a QueueObject: the playing item (<c>null</c> when none, as Spotify sends it) and what plays next.</summary>
    public static void WriteQueue(Utf8JsonWriter writer, PlayerSnapshot snapshot, RenderContext context, ResumePoints resumePoints)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("currently_playing");
        if (snapshot.ItemUri is { } itemUri)
        {
            PlayableJson.Write(writer, itemUri, context, resumePoints);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("queue");
        foreach (var uri in snapshot.Upcoming)
        {
            PlayableJson.Write(writer, uri, context, resumePoints);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a PlayHistoryObject.</summary>
    public static void WritePlayHistory(Utf8JsonWriter writer, PlayHistoryEntry entry, RenderContext context)
    {
        writer.WriteStartObject();
        if (context.Catalog.TryGetTrack(entry.TrackId, out var track))
        {
            writer.WritePropertyName("track");
            TrackJson.Write(writer, track, context);
        }

        writer.WriteString("played_at", PlayedAt(entry.PlayedAt));
        if (entry.ContextUri is { } contextUri)
        {
            writer.WritePropertyName("context");
            WriteContext(writer, contextUri, context);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a ContextObject for an album, artist, playlist or show URI, or the user's collection.</summary>
    public static void WriteContext(Utf8JsonWriter writer, string uri, RenderContext context)
    {
        writer.WriteStartObject();
        if (SpotifyIds.TryParseUri(uri, out var type, out var id))
        {
            writer.WriteString("type", type);
            writer.WriteString("href", context.Href(type + "s", id));
            CommonJson.WriteExternalUrls(writer, type, id);
        }
        else
        {
            // The one context that is no catalog object: the user's saved tracks, spotify:user:{id}:collection.
            writer.WriteString("type", "collection");
            writer.WriteString("href", context.ApiBase + "me/tracks");
            writer.WriteStartObject("external_urls");
            writer.WriteString("spotify", "https://open.spotify.com/collection/tracks");
            writer.WriteEndObject();
        }

        writer.WriteString("uri", uri);
        writer.WriteEndObject();
    }

    /// <summary>Spotify's <c>played_at</c>: ISO 8601 in UTC with milliseconds.</summary>
    public static string PlayedAt(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
