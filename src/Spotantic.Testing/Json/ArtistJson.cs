using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>ArtistObject and SimplifiedArtistObject.</summary>
internal static class ArtistJson
{
    public static void WriteSimplified(Utf8JsonWriter writer, CatalogArtist artist, RenderContext context)
    {
        writer.WriteStartObject();
        CommonJson.WriteExternalUrls(writer, "artist", artist.Id);
        writer.WriteString("href", context.Href("artists", artist.Id));
        writer.WriteString("id", artist.Id);
        writer.WriteString("name", artist.Name);
        writer.WriteString("type", "artist");
        writer.WriteString("uri", artist.Uri);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, CatalogArtist artist, RenderContext context)
    {
        writer.WriteStartObject();
        CommonJson.WriteExternalUrls(writer, "artist", artist.Id);
        if (context.Sends("artist", "followers"))
        {
            CommonJson.WriteFollowers(writer, artist.Followers);
        }

        if (context.Sends("artist", "genres"))
        {
            CommonJson.WriteStrings(writer, "genres", artist.Genres);
        }

        writer.WriteString("href", context.Href("artists", artist.Id));
        writer.WriteString("id", artist.Id);
        CommonJson.WriteImages(writer, artist.Id, CommonJson.PortraitSizes);
        writer.WriteString("name", artist.Name);
        if (context.Sends("artist", "popularity"))
        {
            writer.WriteNumber("popularity", artist.Popularity);
        }

        writer.WriteString("type", "artist");
        writer.WriteString("uri", artist.Uri);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"artists": [SimplifiedArtistObject...]</c> for a list of artist IDs.</summary>
    public static void WriteSimplifiedList(Utf8JsonWriter writer, IEnumerable<string> artistIds, RenderContext context)
    {
        writer.WriteStartArray("artists");
        foreach (var id in artistIds)
        {
            if (context.Catalog.TryGetArtist(id, out var artist))
            {
                WriteSimplified(writer, artist, context);
            }
        }

        writer.WriteEndArray();
    }
}
