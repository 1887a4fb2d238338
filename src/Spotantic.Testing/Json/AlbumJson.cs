using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>AlbumObject, SimplifiedAlbumObject and ArtistDiscographyAlbumObject.</summary>
internal static class AlbumJson
{
    /// <summary>The page size of the tracks embedded in an AlbumObject.</summary>
    public const int EmbeddedTracksLimit = 50;

    public static void WriteSimplified(Utf8JsonWriter writer, CatalogAlbum album, RenderContext context)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, album, context);
        ArtistJson.WriteSimplifiedList(writer, album.ArtistIds, context);
        writer.WriteEndObject();
    }

    public static void WriteDiscography(Utf8JsonWriter writer, CatalogAlbum album, string albumGroup, RenderContext context)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, album, context);
        ArtistJson.WriteSimplifiedList(writer, album.ArtistIds, context);
        writer.WriteString("album_group", albumGroup);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, CatalogAlbum album, RenderContext context)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, album, context);
        ArtistJson.WriteSimplifiedList(writer, album.ArtistIds, context);
        writer.WritePropertyName("tracks");
        var tracks = album.TrackIds.Select(id => context.Catalog.FindTrack(id)!).ToArray();
        var links = context.EmbeddedLinks("albums", album.Id, "tracks");
        Paging.WriteOffsetPage(writer, links, new PageRequest(EmbeddedTracksLimit, 0), tracks, (w, t) => TrackJson.WriteSimplified(w, t, context));
        CommonJson.WriteCopyrights(writer, album.ReleaseDate[..4], album.Label);
        writer.WriteStartObject("external_ids");
        writer.WriteString("upc", album.Upc);
        writer.WriteEndObject();
        writer.WriteStartArray("genres");
        writer.WriteEndArray();
        if (context.Sends("album", "label"))
        {
            writer.WriteString("label", album.Label);
        }

        if (context.Sends("album", "popularity"))
        {
            writer.WriteNumber("popularity", album.Popularity);
        }

        writer.WriteEndObject();
    }

    private static void WriteBaseProperties(Utf8JsonWriter writer, CatalogAlbum album, RenderContext context)
    {
        writer.WriteString("album_type", album.AlbumType);
        writer.WriteNumber("total_tracks", album.TrackIds.Count);

        // AlbumBase requires available_markets, so albums list them (unlike tracks), but for development-mode apps.
        if (context.Sends("album", "available_markets"))
        {
            CommonJson.WriteStrings(writer, "available_markets", album.AvailableMarkets);
        }

        CommonJson.WriteExternalUrls(writer, "album", album.Id);
        writer.WriteString("href", context.Href("albums", album.Id));
        writer.WriteString("id", album.Id);
        CommonJson.WriteImages(writer, album.Id, CommonJson.CoverSizes);
        writer.WriteString("name", album.Name);
        writer.WriteString("release_date", album.ReleaseDate);
        writer.WriteString("release_date_precision", album.ReleaseDatePrecision);
        if (context.Market is { } market && !album.AvailableMarkets.Contains(market, StringComparer.Ordinal))
        {
            CommonJson.WriteMarketRestriction(writer);
        }

        writer.WriteString("type", "album");
        writer.WriteString("uri", album.Uri);
    }
}
