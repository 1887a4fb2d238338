using System.Globalization;
using System.Text.Json;
using Spotantic.Auth;

namespace Spotantic.Serialization;

/// <summary>
/// The token cache file exactly as the Python library writes and reads it:
/// <c>{"access_token": …, "token_type": "Bearer", "scope": …, "expires_in": 3600, "refresh_token": …,
/// "expires_at": "2026-12-02T17:17:13.236678"}</c>, where <c>expires_at</c> is a naive local time (Python's
/// <c>datetime.now() + timedelta(seconds=expires_in)</c>) and <c>token_type</c> is exactly <c>Bearer</c>.
/// </summary>
/// <remarks>
/// A naive local time is what the Python library compares with <c>datetime.now()</c>; an aware one (Unix seconds, an
/// offset) makes its expiry check raise. The format's one caveat: the file means the local time of the machine that
/// reads it, so a file moved to another time zone (or read in the hour a daylight-saving change repeats) is off by
/// the difference. Reading also accepts Unix seconds and ISO 8601 times with an offset, as files of other tools have.
/// </remarks>
internal static class TokenCacheFile
{
    // Python's datetime.isoformat() with microseconds; they are zero here, as Spotantic keeps whole seconds.
    private const string LocalTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff";

    /// <summary>Reads a token cache file's content.</summary>
    /// <param name="json">The file's bytes.</param>
    /// <returns>The token, or <see langword="null"/> for a JSON <c>null</c>.</returns>
    /// <exception cref="JsonException">The content is not a token.</exception>
    public static SpotifyToken? Read(byte[] json) => JsonSerializer.Deserialize(json, AuthJsonContext.Default.SpotifyToken);

    /// <summary>Writes <paramref name="token"/> in the Python library's shape.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written and flushed to the stream.</returns>
    public static async Task WriteAsync(Stream stream, SpotifyToken token, CancellationToken cancellationToken)
    {
        var writer = new Utf8JsonWriter(stream);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("access_token", token.AccessToken);
            writer.WriteString("token_type", "Bearer");
            WriteStringOrNull(writer, "scope", token.Scope);
            writer.WriteNumber("expires_in", token.ExpiresIn);
            WriteStringOrNull(writer, "refresh_token", token.RefreshToken);
            writer.WriteString("expires_at", ToLocalTime(token.ExpiresAt));
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The naive local time the Python library writes for <paramref name="unixSeconds"/>.</summary>
    /// <param name="unixSeconds">The point in time.</param>
    /// <returns>E.g. <c>2026-12-02T17:17:13.000000</c>.</returns>
    public static string ToLocalTime(long unixSeconds) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), TimeZoneInfo.Local).ToString(LocalTimeFormat, CultureInfo.InvariantCulture);

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
