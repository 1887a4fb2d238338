using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotantic.Serialization;

/// <summary>
/// Reads a nullable 32-bit integer that Spotify may send as an integral float (<c>640.0</c>), as a numeric string,
/// or as <c>null</c>.
/// </summary>
/// <remarks>
/// A number with a fractional part or outside the <see cref="int"/> range is rejected with a <see cref="JsonException"/>
/// rather than silently rounded. Values are always written as JSON integers.
/// </remarks>
internal sealed class FlexibleInt32JsonConverter : JsonConverter<int?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out int integer))
                {
                    return integer;
                }

                if (reader.TryGetDouble(out double number) && TryConvert(number, out integer))
                {
                    return integer;
                }

                break;
            case JsonTokenType.String:
                string? text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out integer))
                {
                    return integer;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && TryConvert(number, out integer))
                {
                    return integer;
                }

                break;
        }

        throw new JsonException($"Expected a 32-bit integer (or null) but found {reader.TokenType}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is int integer)
        {
            writer.WriteNumberValue(integer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static bool TryConvert(double number, out int integer)
    {
        if (double.IsFinite(number) && Math.Floor(number) == number && number >= int.MinValue && number <= int.MaxValue)
        {
            integer = (int)number;
            return true;
        }

        integer = 0;
        return false;
    }
}
