using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Spotantic.Testing.Routing;

/// <summary>
/// JSON request bodies: reading one (a request without <c>Content-Length</c> or chunked encoding, or with a zero length,
/// has none) and the typed reads of optional properties, where an absent or <c>null</c> property is not given.
/// </summary>
internal static class JsonBody
{
    /// <summary>Whether the request carries a body at all.</summary>
    public static bool IsPresent(HttpRequest request) =>
        request.ContentLength is > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    /// <summary>
    /// Parses the body: no document and no error when there is none, 400 <paramref name="malformedMessage"/> when it is
    /// not JSON. The caller disposes the document.
    /// </summary>
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpContext http, string malformedMessage = SpotifyErrors.ErrorParsingJson)
    {
        if (!IsPresent(http.Request))
        {
            return (null, null);
        }

        try
        {
            return (await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false), null);
        }
        catch (JsonException)
        {
            return (null, SpotifyErrors.BadRequest(malformedMessage));
        }
    }

    /// <summary>
    /// Parses a body that must be a JSON object: 400 "Error parsing JSON." when it is not JSON or not an object, and
    /// when it is missing but <paramref name="required"/>. The caller disposes the document.
    /// </summary>
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadObjectAsync(HttpContext http, bool required)
    {
        var (document, error) = await ReadAsync(http).ConfigureAwait(false);
        if (error is not null || (document is null && !required))
        {
            return (null, error);
        }

        if (document?.RootElement.ValueKind != JsonValueKind.Object)
        {
            document?.Dispose();
            return (null, SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson));
        }

        return (document, null);
    }

    /// <summary>False when <paramref name="name"/> is given but is not a string.</summary>
    public static bool TryGetString(JsonElement root, string name, out string? value) =>
        TryGet(root, name, e => e.ValueKind == JsonValueKind.String ? (true, e.GetString()) : (false, null), out value);

    /// <summary>False when <paramref name="name"/> is given but is not a boolean.</summary>
    public static bool TryGetBool(JsonElement root, string name, out bool? value) =>
        TryGet<bool?>(root, name, e => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? (true, e.GetBoolean()) : (false, null), out value);

    /// <summary>False when <paramref name="name"/> is given but is not a non-negative 32-bit integer.</summary>
    public static bool TryGetInt(JsonElement root, string name, out int? value) =>
        TryGet<int?>(root, name, e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var number) && number >= 0 ? (true, number) : (false, null), out value);

    /// <summary>False when <paramref name="name"/> is given but is not an array of strings.</summary>
    public static bool TryGetStrings(JsonElement root, string name, out List<string>? value) =>
        TryGet(root, name, e => e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? (true, e.EnumerateArray().Select(i => i.GetString()!).ToList())
            : (false, null), out value);

    /// <summary>An absent or <c>null</c> property is not given: true, with no value. Otherwise <paramref name="read"/> decides.</summary>
    private static bool TryGet<T>(JsonElement root, string name, Func<JsonElement, (bool Valid, T Value)> read, out T? value)
    {
        value = default;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        (var valid, value) = read(element);
        return valid;
    }
}
