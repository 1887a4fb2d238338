using System.Text.RegularExpressions;

namespace Spotantic.Requests;

/// <summary>Checks shared by the Player request records: device IDs, item types and playable URIs.</summary>
internal static partial class PlayerArguments
{
    /// <summary>The item types <c>additional_types</c> accepts.</summary>
    public static readonly string[] AdditionalTypes = ["track", "episode"];

    /// <summary>The URI types that can be played or queued as single items.</summary>
    public static readonly string[] PlayableTypes = ["track", "episode"];

    /// <summary>The URI types that can be played as a context.</summary>
    public static readonly string[] ContextTypes = ["album", "artist", "playlist", "show", "audiobook"];

    /// <summary>
    /// Throws unless <paramref name="value"/> is null or a plausible device ID. Device IDs are opaque (usually 40 hex
    /// characters, but Spotify does not promise a format), so only empty values, whitespace and control characters are
    /// refused; the ID is escaped when it goes into the query.
    /// </summary>
    /// <param name="value">The device ID.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void DeviceId(string? value, string paramName)
    {
        if (value is not null && !IsDeviceId(value))
        {
            throw new ArgumentException($"'{paramName}' must be a Spotify Connect device ID (no spaces or control characters, at most 256 characters); got {Describe(value)}.", paramName);
        }
    }

    /// <summary>Whether <paramref name="value"/> is a plausible device ID.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsDeviceId(string value) =>
        value.Length is > 0 and <= 256 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>Throws unless every entry is <c>track</c> or <c>episode</c>, without duplicates.</summary>
    /// <param name="values">The types, or <see langword="null"/>.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void ItemTypes(IReadOnlyCollection<string>? values, string paramName)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count == 0)
        {
            throw new ArgumentException($"'{paramName}' must name at least one of track, episode, or be null.", paramName);
        }

        var index = 0;
        foreach (var value in values)
        {
            if (value is null || !AdditionalTypes.Contains(value, StringComparer.Ordinal))
            {
                throw new ArgumentException($"'{paramName}[{index}]' must be 'track' or 'episode'; got {Describe(value)}.", paramName);
            }

            index++;
        }

        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            throw new ArgumentException($"'{paramName}' names a type twice.", paramName);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is a Spotify URI of one of <paramref name="types"/>.</summary>
    /// <param name="value">The URI.</param>
    /// <param name="types">The allowed types.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Uri(string? value, IReadOnlyCollection<string> types, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: a Spotify URI of type {string.Join(" or ", types)}.");
        }

        if (!IsUri(value, types))
        {
            throw new ArgumentException($"'{paramName}' must be a Spotify URI of type {string.Join(" or ", types)} (e.g. spotify:{types.First()}:4iV5W9uYEdYUVa79Axb7Rh); got {Describe(value)}.", paramName);
        }
    }

    /// <summary>Whether <paramref name="value"/> is <c>spotify:{type}:{22-character ID}</c> with an allowed type.</summary>
    /// <param name="value">The candidate.</param>
    /// <param name="types">The allowed types.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsUri(string value, IReadOnlyCollection<string> types)
    {
        var match = UriPattern().Match(value);
        return match.Success && types.Contains(match.Groups["type"].Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a context URI: an album, artist, playlist, show or audiobook URI, or the
    /// user's Liked Songs collection (<c>spotify:user:{user id}:collection</c>), which Spotify also plays as a context.
    /// </summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsContextUri(string value)
    {
        if (IsUri(value, ContextTypes))
        {
            return true;
        }

        var parts = value.Split(':');
        return parts.Length == 4 && parts[0] == "spotify" && parts[1] == "user" && parts[3] == "collection" && IsDeviceId(parts[2]);
    }

    /// <summary>Describes a value for an error message, shortened when long.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The description.</returns>
    public static string Describe(string? value) =>
        value is null ? "null" : value.Length > 40 ? $"'{value[..40]}…' ({value.Length} characters)" : $"'{value}'";

    // \z, not $: '$' also matches before a trailing newline.
    [GeneratedRegex(@"^spotify:(?<type>[a-z]+):[0-9A-Za-z]{22}\z", RegexOptions.CultureInvariant)]
    private static partial Regex UriPattern();
}
