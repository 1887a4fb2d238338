using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Spotantic;

/// <summary>
/// The raw HTTP response of a call (the seed's <c>response</c>): status, headers and the body bytes as received.
/// </summary>
/// <remarks>
/// The body is kept as bytes and parsed once into the typed data; <see cref="Json"/> and
/// <see cref="ReadAsString"/> parse or decode it only when asked.
/// </remarks>
public sealed class SpotifyRawResponse
{
    private readonly Lazy<JsonElement?> _json;

    /// <summary>Initializes a new raw response.</summary>
    /// <param name="method">The request method.</param>
    /// <param name="requestUri">The request URI.</param>
    /// <param name="statusCode">The response status.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="contentType">The body's media type, if any.</param>
    /// <param name="body">The body bytes.</param>
    public SpotifyRawResponse(HttpMethod method, Uri requestUri, HttpStatusCode statusCode, HttpResponseHeaders headers, string? contentType, ReadOnlyMemory<byte> body)
    {
        Method = method;
        RequestUri = requestUri;
        StatusCode = statusCode;
        Headers = headers;
        ContentType = contentType;
        Body = body;
        _json = new Lazy<JsonElement?>(ParseJson, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The request method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The URI the request was sent to.</summary>
    public Uri RequestUri { get; }

    /// <summary>The response status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response headers.</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>The media type of the body, e.g. <c>application/json</c>.</summary>
    public string? ContentType { get; }

    /// <summary>The body exactly as received (empty for responses without one).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// The body as a JSON element, parsed on first access; <see langword="null"/> when the body is empty.
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public JsonElement? Json => _json.Value;

    /// <summary>Decodes the body as UTF-8 text.</summary>
    /// <returns>The body text.</returns>
    public string ReadAsString() => Encoding.UTF8.GetString(Body.Span);

    /// <inheritdoc />
    public override string ToString() => $"{(int)StatusCode} {StatusCode} for {Method} {RequestUri} ({Body.Length} bytes)";

    private JsonElement? ParseJson()
    {
        if (Body.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(Body.Span);
        return JsonElement.ParseValue(ref reader);
    }
}
