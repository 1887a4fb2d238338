using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Spotantic.Testing.Routing;

/// <summary>Writes JSON responses with <see cref="Utf8JsonWriter"/>: no models, no reflection, property names as in the spec.</summary>
internal static class SpotifyJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Spotify sends non-ASCII text as UTF-8, not as \u escapes; this is a JSON API, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A 200 response whose body <paramref name="write"/> writes as one JSON value.</summary>
    public static IResult Ok(Action<Utf8JsonWriter> write) => new JsonResult(StatusCodes.Status200OK, write);

    /// <summary>A response with any status whose body <paramref name="write"/> writes as one JSON value.</summary>
    public static IResult Result(int status, Action<Utf8JsonWriter> write) => new JsonResult(status, write);

    /// <summary>A 200 response with a JSON array of booleans (the <c>contains</c> endpoints).</summary>
    public static IResult Booleans(IEnumerable<bool> values) => Ok(writer =>
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteBooleanValue(value);
        }

        writer.WriteEndArray();
    });

    public static ReadOnlyMemory<byte> Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenMemory;
    }

    public static async Task WriteAsync(HttpResponse response, int status, ReadOnlyMemory<byte> body)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private sealed class JsonResult(int status, Action<Utf8JsonWriter> write) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext.Response, status, Serialize(write));
    }
}
