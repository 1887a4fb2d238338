using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>AudiobookObject and SimplifiedAudiobookObject.</summary>
internal static class AudiobookJson
{
    /// <summary>The page size of the chapters embedded in an AudiobookObject.</summary>
    public const int EmbeddedChaptersLimit = 50;

    public static void WriteSimplified(Utf8JsonWriter writer, CatalogAudiobook audiobook, RenderContext context)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, audiobook, context);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, CatalogAudiobook audiobook, RenderContext context, ResumePoints resumePoints)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, audiobook, context);
        writer.WritePropertyName("chapters");
        var chapters = audiobook.ChapterIds.Select(id => context.Catalog.FindChapter(id)!).ToArray();
        var links = context.EmbeddedLinks("audiobooks", audiobook.Id, "chapters");
        Paging.WriteOffsetPage(writer, links, new PageRequest(EmbeddedChaptersLimit, 0), chapters, (w, c) => ChapterJson.WriteSimplified(w, c, context, resumePoints));
        writer.WriteEndObject();
    }

    private static void WriteBaseProperties(Utf8JsonWriter writer, CatalogAudiobook audiobook, RenderContext context)
    {
        WriteNames(writer, "authors", audiobook.Authors);

        // AudiobookBase requires available_markets and publisher (both deprecated): sent, but not to development-mode apps.
        if (context.Sends("audiobook", "available_markets"))
        {
            CommonJson.WriteStrings(writer, "available_markets", audiobook.AvailableMarkets);
        }

        writer.WriteStartArray("copyrights");
        writer.WriteEndArray();
        writer.WriteString("description", audiobook.Description);
        writer.WriteString("html_description", audiobook.HtmlDescription);
        writer.WriteString("edition", audiobook.Edition);
        writer.WriteBoolean("explicit", audiobook.Explicit);
        CommonJson.WriteExternalUrls(writer, "audiobook", audiobook.Id);
        writer.WriteString("href", context.Href("audiobooks", audiobook.Id));
        writer.WriteString("id", audiobook.Id);
        CommonJson.WriteImages(writer, audiobook.Id, CommonJson.CoverSizes);
        CommonJson.WriteStrings(writer, "languages", audiobook.Languages);
        writer.WriteString("media_type", audiobook.MediaType);
        writer.WriteString("name", audiobook.Name);
        WriteNames(writer, "narrators", audiobook.Narrators);
        if (context.Sends("audiobook", "publisher"))
        {
            writer.WriteString("publisher", audiobook.Publisher);
        }

        writer.WriteString("type", "audiobook");
        writer.WriteString("uri", audiobook.Uri);
        writer.WriteNumber("total_chapters", audiobook.ChapterIds.Count);
    }

    private static void WriteNames(Utf8JsonWriter writer, string propertyName, IReadOnlyList<string> names)
    {
        writer.WriteStartArray(propertyName);
        foreach (var name in names)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
