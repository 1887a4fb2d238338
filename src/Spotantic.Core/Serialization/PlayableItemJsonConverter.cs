using System.Text.Json;
using System.Text.Json.Serialization;
using Spotantic.Models;

namespace Spotantic.Serialization;

/// <summary>
/// Reads a <see cref="PlayableItem"/> as a <see cref="Track"/>, an <see cref="Episode"/> or, for any other <c>type</c>,
/// an <see cref="UnknownPlayableItem"/>, and writes each back in its own shape.
/// </summary>
/// <remarks>
/// Spotify writes <c>type</c> last, so the object is scanned once on a copy of the reader to find it; the real type is then
/// read by the converter the options already hold for it (the source-generated one), which is as fast as the built-in
/// polymorphism with out-of-order metadata and avoids a nested <see cref="JsonSerializer"/> call. Only the top-level
/// <c>type</c> counts: a nested album's <c>type</c> is skipped.
/// </remarks>
internal sealed class PlayableItemJsonConverter : JsonConverter<PlayableItem>
{
    private Converters? _converters;

    private enum Kind
    {
        Unknown,
        Track,
        Episode,
    }

    /// <inheritdoc />
    public override PlayableItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for a playable item but found {reader.TokenType}.");
        }

        Converters converters = GetConverters(options);
        switch (PeekKind(reader))
        {
            case Kind.Track:
                return converters.Track.Read(ref reader, typeof(Track), options);
            case Kind.Episode:
                return converters.Episode.Read(ref reader, typeof(Episode), options);
            default:
                Utf8JsonReader copy = reader;
                JsonElement raw = JsonElement.ParseValue(ref copy);
                UnknownPlayableItem item = converters.Unknown.Read(ref reader, typeof(UnknownPlayableItem), options) ?? new UnknownPlayableItem();
                return item with { RawJson = raw };
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PlayableItem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        Converters converters = GetConverters(options);
        switch (value)
        {
            case Track track:
                converters.Track.Write(writer, track, options);
                break;
            case Episode episode:
                converters.Episode.Write(writer, episode, options);
                break;
            case UnknownPlayableItem { RawJson.ValueKind: JsonValueKind.Object } unknown:
                unknown.RawJson.WriteTo(writer);
                break;
            case UnknownPlayableItem unknown:
                converters.Unknown.Write(writer, unknown, options);
                break;
            default:
                throw new NotSupportedException($"Cannot serialize the playable item type {value.GetType().Name}.");
        }
    }

    // The reader is a copy (passed by value), so scanning it leaves the caller's position untouched.
    private static Kind PeekKind(Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndObject:
                    return Kind.Unknown;
                case JsonTokenType.PropertyName:
                    bool isType = reader.ValueTextEquals("type"u8);
                    if (!reader.Read())
                    {
                        throw new JsonException("The playable item ended inside a property.");
                    }

                    if (isType)
                    {
                        return reader.TokenType != JsonTokenType.String ? Kind.Unknown
                            : reader.ValueTextEquals("track"u8) ? Kind.Track
                            : reader.ValueTextEquals("episode"u8) ? Kind.Episode
                            : Kind.Unknown;
                    }

                    if (!reader.TrySkip())
                    {
                        throw new JsonException("The playable item is incomplete.");
                    }

                    break;
            }
        }

        throw new JsonException("The playable item is incomplete.");
    }

    private Converters GetConverters(JsonSerializerOptions options)
    {
        Converters? converters = _converters;
        if (converters is null || !ReferenceEquals(converters.Options, options))
        {
            converters = new Converters(
                options,
                (JsonConverter<Track>)options.GetTypeInfo(typeof(Track)).Converter,
                (JsonConverter<Episode>)options.GetTypeInfo(typeof(Episode)).Converter,
                (JsonConverter<UnknownPlayableItem>)options.GetTypeInfo(typeof(UnknownPlayableItem)).Converter);
            _converters = converters;
        }

        return converters;
    }

    private sealed record Converters(
        JsonSerializerOptions Options,
        JsonConverter<Track> Track,
        JsonConverter<Episode> Episode,
        JsonConverter<UnknownPlayableItem> Unknown);
}
