using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>The object a track or episode URI names, as playlists and the player embed it.</summary>
internal static class PlayableJson
{
    /// <summary>Writes the TrackObject or EpisodeObject of <paramref name="uri"/>, or <c>null</c> when the catalog has neither.</summary>
    public static void Write(Utf8JsonWriter writer, string uri, RenderContext context, ResumePoints resumePoints)
    {
        if (SpotifyIds.TryParsePlayableUri(uri, out var type, out var id))
        {
            if (type == EmulatorItemType.Track && context.Catalog.TryGetTrack(id, out var track))
            {
                TrackJson.Write(writer, track, context);
                return;
            }

            if (type == EmulatorItemType.Episode && context.Catalog.TryGetEpisode(id, out var episode))
            {
                EpisodeJson.Write(writer, episode, context, resumePoints);
                return;
            }
        }

        writer.WriteNullValue();
    }
}
