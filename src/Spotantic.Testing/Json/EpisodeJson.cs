using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>EpisodeObject and SimplifiedEpisodeObject.</summary>
internal static class EpisodeJson
{
    public static void WriteSimplified(Utf8JsonWriter writer, CatalogEpisode episode, RenderContext context, ResumePoints resumePoints)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, episode, context, resumePoints);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, CatalogEpisode episode, RenderContext context, ResumePoints resumePoints)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, episode, context, resumePoints);
        if (context.Catalog.TryGetShow(episode.ShowId, out var show))
        {
            writer.WritePropertyName("show");
            ShowJson.WriteSimplified(writer, show, context);
        }

        writer.WriteEndObject();
    }

    private static void WriteBaseProperties(Utf8JsonWriter writer, CatalogEpisode episode, RenderContext context, ResumePoints resumePoints)
    {
        // Previews were cut in November 2024: the field is still required, and null.
        writer.WriteNull("audio_preview_url");
        writer.WriteString("description", episode.Description);
        writer.WriteString("html_description", episode.HtmlDescription);
        writer.WriteNumber("duration_ms", episode.DurationMs);
        writer.WriteBoolean("explicit", episode.Explicit);
        CommonJson.WriteExternalUrls(writer, "episode", episode.Id);
        writer.WriteString("href", context.Href("episodes", episode.Id));
        writer.WriteString("id", episode.Id);
        CommonJson.WriteImages(writer, episode.Id, CommonJson.CoverSizes);
        writer.WriteBoolean("is_externally_hosted", episode.IsExternallyHosted);

        // EpisodeBase requires is_playable whether or not a market was given.
        var showMarkets = context.Catalog.FindShow(episode.ShowId)?.AvailableMarkets;
        var inMarket = context.Market is null || showMarkets is null || showMarkets.Contains(context.Market, StringComparer.Ordinal);
        writer.WriteBoolean("is_playable", episode.IsPlayable && inMarket);
        if (episode.Languages.Count > 0)
        {
            writer.WriteString("language", episode.Languages[0]);
        }

        CommonJson.WriteStrings(writer, "languages", episode.Languages);
        writer.WriteString("name", episode.Name);
        writer.WriteString("release_date", episode.ReleaseDate);
        writer.WriteString("release_date_precision", episode.ReleaseDatePrecision);
        resumePoints.Write(writer, episode.Uri);
        writer.WriteString("type", "episode");
        writer.WriteString("uri", episode.Uri);
        if (!inMarket)
        {
            CommonJson.WriteMarketRestriction(writer);
        }
    }
}
