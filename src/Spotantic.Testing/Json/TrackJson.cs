using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>TrackObject and SimplifiedTrackObject.</summary>
internal static class TrackJson
{
    public static void WriteSimplified(Utf8JsonWriter writer, CatalogTrack track, RenderContext context)
    {
        writer.WriteStartObject();
        ArtistJson.WriteSimplifiedList(writer, track.ArtistIds, context);
        WriteAvailability(writer, track, context);
        writer.WriteNumber("disc_number", track.DiscNumber);
        writer.WriteNumber("duration_ms", track.DurationMs);
        writer.WriteBoolean("explicit", track.Explicit);
        CommonJson.WriteExternalUrls(writer, "track", track.Id);
        writer.WriteString("href", context.Href("tracks", track.Id));
        writer.WriteString("id", track.Id);
        writer.WriteString("name", track.Name);
        writer.WriteNull("preview_url");
        writer.WriteNumber("track_number", track.TrackNumber);
        writer.WriteString("type", "track");
        writer.WriteString("uri", track.Uri);
        writer.WriteBoolean("is_local", false);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, CatalogTrack track, RenderContext context)
    {
        writer.WriteStartObject();
        if (context.Catalog.TryGetAlbum(track.AlbumId, out var album))
        {
            writer.WritePropertyName("album");
            AlbumJson.WriteSimplified(writer, album, context);
        }

        ArtistJson.WriteSimplifiedList(writer, track.ArtistIds, context);
        WriteAvailability(writer, track, context);
        writer.WriteNumber("disc_number", track.DiscNumber);
        writer.WriteNumber("duration_ms", track.DurationMs);
        writer.WriteBoolean("explicit", track.Explicit);
        writer.WriteStartObject("external_ids");
        writer.WriteString("isrc", track.Isrc);
        writer.WriteEndObject();
        CommonJson.WriteExternalUrls(writer, "track", track.Id);
        writer.WriteString("href", context.Href("tracks", track.Id));
        writer.WriteString("id", track.Id);
        writer.WriteString("name", track.Name);
        if (context.Sends("track", "popularity"))
        {
            writer.WriteNumber("popularity", track.Popularity);
        }

        writer.WriteNull("preview_url");
        writer.WriteNumber("track_number", track.TrackNumber);
        writer.WriteString("type", "track");
        writer.WriteString("uri", track.Uri);
        writer.WriteBoolean("is_local", false);
        writer.WriteEndObject();
    }

    // available_markets (without a market) is withheld from development-mode apps; is_playable (with one) is not.
    private static void WriteAvailability(Utf8JsonWriter writer, CatalogTrack track, RenderContext context)
    {
        if (context.Market is not null || context.Sends("track", "available_markets"))
        {
            CommonJson.WriteAvailability(writer, track.AvailableMarkets, context.Market);
        }
    }
}
