using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Spotantic.Serialization;

/// <summary>
/// Reads a JSON array into a list of <typeparamref name="T"/> without <see langword="null"/> entries, and writes it back
/// as an array.
/// </summary>
/// <typeparam name="T">The item model.</typeparam>
/// <remarks>
/// For lists the models declare with non-nullable items (images, artists, copyrights, ...), a <c>null</c> inside the
/// array is dropped, as a missing list becomes an empty one, so a caller never meets a <see langword="null"/> it was
/// promised away. Lists whose positions matter and may hold <c>null</c> (several albums by ID, where an unknown ID is
/// <c>null</c>) are declared with nullable items and do not use this converter.
/// </remarks>
internal sealed class ItemListJsonConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : class
{
    /// <inheritdoc />
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of {typeof(T).Name} but found {reader.TokenType}.");
        }

        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (JsonSerializer.Deserialize(ref reader, itemInfo) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}
