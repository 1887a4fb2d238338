using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotantic.Serialization;

/// <summary>
/// Reads a point in time as Unix seconds from an integer, a fractional number or an ISO 8601 string (one without an
/// offset, as the Python library writes, is local time), and writes integer Unix seconds, so token files written by
/// other tools load too. The token cache file itself is written by <see cref="TokenCacheFile"/>.
/// </summary>
internal sealed class UnixSecondsJsonConverter : JsonConverter<long>
{
    /// <inheritdoc />
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var whole) ? whole : (long)Math.Floor(reader.GetDouble());
            case JsonTokenType.String:
                var text = reader.GetString();
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                // A time without an offset is the naive local time of Python's datetime.now(): local, not UTC.
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var time))
                {
                    return time.ToUnixTimeSeconds();
                }

                throw new JsonException("'expires_at' is neither Unix seconds nor an ISO 8601 time.");
            case JsonTokenType.Null:
                return 0;
            default:
                throw new JsonException("'expires_at' must be a number or a string.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
