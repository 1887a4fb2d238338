using System.Text;
using System.Text.Json;

namespace Spotantic.Http;

/// <summary>
/// Reads Spotify's error bodies tolerantly: the Web API's <c>{"error":{"status","message","reason"}}</c>, the
/// accounts service's RFC 6749 <c>{"error","error_description"}</c>, and plain text.
/// </summary>
/// <param name="Error">The RFC 6749 <c>error</c> code, when the body has that shape.</param>
/// <param name="Message">The Web API <c>error.message</c>, the <c>error_description</c>, or the plain text.</param>
/// <param name="Reason">The Web API <c>error.reason</c>, if any.</param>
internal readonly record struct SpotifyErrorBody(string? Error, string? Message, string? Reason)
{
    private const int MaxPlainTextLength = 300;

    /// <summary>Parses an error body; never throws.</summary>
    /// <param name="body">The body bytes.</param>
    /// <returns>What could be read.</returns>
    public static SpotifyErrorBody Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return default;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            return FromJson(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: well-formed JSON whose strings are not valid UTF-8 cannot be read as text.
            return new SpotifyErrorBody(null, PlainText(body), null);
        }
    }

    private static SpotifyErrorBody FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error))
        {
            return new SpotifyErrorBody(null, root.ValueKind == JsonValueKind.String ? root.GetString() : null, null);
        }

        if (error.ValueKind == JsonValueKind.Object)
        {
            return new SpotifyErrorBody(null, GetString(error, "message"), GetString(error, "reason"));
        }

        if (error.ValueKind == JsonValueKind.String)
        {
            return new SpotifyErrorBody(error.GetString(), GetString(root, "error_description"), null);
        }

        return default;
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? PlainText(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return text.Length > MaxPlainTextLength ? text[..MaxPlainTextLength] + "…" : text;
    }
}
