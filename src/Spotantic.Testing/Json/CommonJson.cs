using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Spotantic.Testing.Json;

/// <summary>Small objects every shape uses: images, external URLs, followers, copyrights, timestamps.</summary>
internal static class CommonJson
{
    /// <summary>Cover sizes as Spotify serves them, widest first.</summary>
    public static readonly int[] CoverSizes = [640, 300, 64];

    /// <summary>Artist and profile picture sizes, widest first.</summary>
    public static readonly int[] PortraitSizes = [640, 320, 160];

    /// <summary>Writes <c>"external_urls": {"spotify": "https://open.spotify.com/{type}/{id}"}</c>.</summary>
    public static void WriteExternalUrls(Utf8JsonWriter writer, string type, string id)
    {
        writer.WriteStartObject("external_urls");
        writer.WriteString("spotify", $"https://open.spotify.com/{type}/{Uri.EscapeDataString(id)}");
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"followers": {"href": null, "total": N}</c>.</summary>
    public static void WriteFollowers(Utf8JsonWriter writer, int total)
    {
        writer.WriteStartObject("followers");
        writer.WriteNull("href");
        writer.WriteNumber("total", total);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"images": [...]</c> with stable fake URLs derived from the object's ID.</summary>
    public static void WriteImages(Utf8JsonWriter writer, string id, IReadOnlyList<int> sizes, string propertyName = "images")
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..24];
        writer.WriteStartArray(propertyName);
        foreach (var size in sizes)
        {
            WriteImage(writer, $"https://i.scdn.co/image/ab67616d0000{size.ToString("x4", CultureInfo.InvariantCulture)}{hash}", size);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one ImageObject; a null <paramref name="size"/> is an image of unknown size.</summary>
    public static void WriteImage(Utf8JsonWriter writer, string url, int? size)
    {
        writer.WriteStartObject();
        writer.WriteString("url", url);
        if (size is { } known)
        {
            writer.WriteNumber("height", known);
            writer.WriteNumber("width", known);
        }
        else
        {
            writer.WriteNull("height");
            writer.WriteNull("width");
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a list of strings as an array property.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string propertyName, IEnumerable<string> values)
    {
        writer.WriteStartArray(propertyName);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"copyrights": [{"text": "(C) ...", "type": "C"}, {"text": "(P) ...", "type": "P"}]</c>.</summary>
    public static void WriteCopyrights(Utf8JsonWriter writer, string year, string holder)
    {
        writer.WriteStartArray("copyrights");
        writer.WriteStartObject();
        writer.WriteString("text", $"© {year} {holder}");
        writer.WriteString("type", "C");
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("text", $"℗ {year} {holder}");
        writer.WriteString("type", "P");
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>Spotify's timestamp format: ISO 8601 in UTC with a zero offset, to the second.</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes <c>is_playable</c> (and <c>restrictions</c> when not playable) with a market, or
    /// <c>available_markets</c> without one, as Spotify does for tracks, episodes and chapters.
    /// </summary>
    public static void WriteAvailability(Utf8JsonWriter writer, IReadOnlyList<string> availableMarkets, string? market)
    {
        if (market is null)
        {
            WriteStrings(writer, "available_markets", availableMarkets);
            return;
        }

        var playable = availableMarkets.Contains(market, StringComparer.Ordinal);
        writer.WriteBoolean("is_playable", playable);
        if (!playable)
        {
            WriteMarketRestriction(writer);
        }
    }

    /// <summary>Writes <c>"restrictions": {"reason": "market"}</c>, for an object the request's market cannot play.</summary>
    public static void WriteMarketRestriction(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("restrictions");
        writer.WriteString("reason", "market");
        writer.WriteEndObject();
    }
}
