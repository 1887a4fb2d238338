using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>ShowObject and SimplifiedShowObject.</summary>
internal static class ShowJson
{
    /// <summary>The page size of the episodes embedded in a ShowObject.</summary>
    public const int EmbeddedEpisodesLimit = 50;

    public static void WriteSimplified(Utf8JsonWriter writer, CatalogShow show, RenderContext context)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, show, context);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, CatalogShow show, RenderContext context, ResumePoints resumePoints)
    {
        writer.WriteStartObject();
        WriteBaseProperties(writer, show, context);
        writer.WritePropertyName("episodes");
        var episodes = show.EpisodeIds.Select(id => context.Catalog.FindEpisode(id)!).ToArray();
        var links = context.EmbeddedLinks("shows", show.Id, "episodes");
        Paging.WriteOffsetPage(writer, links, new PageRequest(EmbeddedEpisodesLimit, 0), episodes, (w, e) => EpisodeJson.WriteSimplified(w, e, context, resumePoints));
        writer.WriteEndObject();
    }

    private static void WriteBaseProperties(Utf8JsonWriter writer, CatalogShow show, RenderContext context)
    {
        // ShowBase requires available_markets and publisher (both deprecated): sent, but not to development-mode apps.
        if (context.Sends("show", "available_markets"))
        {
            CommonJson.WriteStrings(writer, "available_markets", show.AvailableMarkets);
        }

        writer.WriteStartArray("copyrights");
        writer.WriteEndArray();
        writer.WriteString("description", show.Description);
        writer.WriteString("html_description", show.HtmlDescription);
        writer.WriteBoolean("explicit", show.Explicit);
        CommonJson.WriteExternalUrls(writer, "show", show.Id);
        writer.WriteString("href", context.Href("shows", show.Id));
        writer.WriteString("id", show.Id);
        CommonJson.WriteImages(writer, show.Id, CommonJson.CoverSizes);
        writer.WriteBoolean("is_externally_hosted", show.IsExternallyHosted);
        CommonJson.WriteStrings(writer, "languages", show.Languages);
        writer.WriteString("media_type", show.MediaType);
        writer.WriteString("name", show.Name);
        if (context.Sends("show", "publisher"))
        {
            writer.WriteString("publisher", show.Publisher);
        }

        writer.WriteString("type", "show");
        writer.WriteString("uri", show.Uri);
        writer.WriteNumber("total_episodes", show.EpisodeIds.Count);
    }
}
