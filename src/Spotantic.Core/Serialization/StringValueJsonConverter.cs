using System.Text.Json;
using System.Text.Json.Serialization;
using Spotantic.Models;

namespace Spotantic.Serialization;

/// <summary>
/// Reads and writes a string-backed <see cref="ISpotifyStringValue{TSelf}"/> as a JSON string, keeping unknown values.
/// </summary>
/// <typeparam name="T">The string-backed value type.</typeparam>
/// <remarks>
/// A JSON <c>null</c> read into a non-nullable value yields <see langword="default"/> (whose value is the empty
/// string) instead of failing, since Spotify sometimes sends <c>null</c> for fields it documents as strings.
/// </remarks>
internal sealed class StringValueJsonConverter<T> : JsonConverter<T>
    where T : struct, ISpotifyStringValue<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => T.FromValue(reader.GetString() ?? string.Empty),
            JsonTokenType.Null => default,
            _ => throw new JsonException($"Expected a JSON string for {typeof(T).Name} but found {reader.TokenType}."),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => T.FromValue(reader.GetString() ?? string.Empty);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }
}
