using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>ChapterObject and SimplifiedChapterObject.</summary>
internal static class ChapterJson
{
    public static void WriteSimplified(Utf8JsonWriter writer, CatalogChapter chapter, RenderContext context, ResumePoints resumePoints)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, chapter, context, resumePoints);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, CatalogChapter chapter, RenderContext context, ResumePoints resumePoints)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, chapter, context, resumePoints);
        if (context.Catalog.TryGetAudiobook(chapter.AudiobookId, out var audiobook))
        {
            writer.WritePropertyName("audiobook");
            AudiobookJson.WriteSimplified(writer, audiobook, context);
        }

        writer.WriteEndObject();
    }

    private static void WriteBaseProperties(Utf8JsonWriter writer, CatalogChapter chapter, RenderContext context, ResumePoints resumePoints)
    {
        // Previews were cut in November 2024: the field is still required, and null.
        writer.WriteNull("audio_preview_url");
        CommonJson.WriteStrings(writer, "available_markets", chapter.AvailableMarkets);
        writer.WriteNumber("chapter_number", chapter.ChapterNumber);
        writer.WriteString("description", chapter.Description);
        writer.WriteString("html_description", chapter.HtmlDescription);
        writer.WriteNumber("duration_ms", chapter.DurationMs);
        writer.WriteBoolean("explicit", chapter.Explicit);
        CommonJson.WriteExternalUrls(writer, "episode", chapter.Id);
        writer.WriteString("href", context.Href("chapters", chapter.Id));
        writer.WriteString("id", chapter.Id);
        CommonJson.WriteImages(writer, chapter.Id, CommonJson.CoverSizes);

        // ChapterBase requires is_playable whether or not a market was given.
        var inMarket = context.Market is null || chapter.AvailableMarkets.Contains(context.Market, StringComparer.Ordinal);
        writer.WriteBoolean("is_playable", chapter.IsPlayable && inMarket);
        CommonJson.WriteStrings(writer, "languages", chapter.Languages);
        writer.WriteString("name", chapter.Name);
        writer.WriteString("release_date", chapter.ReleaseDate);
        writer.WriteString("release_date_precision", chapter.ReleaseDatePrecision);
        resumePoints.Write(writer, chapter.Uri);

        // The spec's ChapterBase types chapters as "episode", matching their spotify:episode: URIs.
        writer.WriteString("type", "episode");
        writer.WriteString("uri", chapter.Uri);
        if (!inMarket)
        {
            CommonJson.WriteMarketRestriction(writer);
        }
    }
}
