using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotantic.Serialization;

/// <summary>
/// Reads a JSON array of strings into a list without <see langword="null"/> entries, and writes it back as an array.
/// </summary>
/// <remarks>
/// The models declare their string lists (markets, genres, copyrights' texts, URIs) as non-nullable items, and turn a
/// missing or <c>null</c> list into an empty one; a <c>null</c> inside the array is dropped for the same reason, so a
/// caller never meets a <see langword="null"/> it was promised away. Any other non-string entry is malformed.
/// </remarks>
internal sealed class StringListJsonConverter : JsonConverter<IReadOnlyList<string>>
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of strings but found {reader.TokenType}.");
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    items.Add(reader.GetString()!);
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    throw new JsonException($"Expected a JSON string in the array but found {reader.TokenType}.");
            }
        }

        return items;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
