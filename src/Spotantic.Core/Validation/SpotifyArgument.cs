using System.Text.RegularExpressions;

namespace Spotantic.Validation;

/// <summary>
/// Checks of request arguments against Spotify's formats and limits. Every failure is an
/// <see cref="ArgumentException"/> that names the parameter and says what is allowed.
/// </summary>
public static partial class SpotifyArgument
{
    /// <summary>Throws unless <paramref name="value"/> is a Spotify ID: exactly 22 base-62 characters.</summary>
    /// <param name="value">The ID.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Id(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: a Spotify ID of 22 letters and digits.");
        }

        if (!IdPattern().IsMatch(value))
        {
            throw new ArgumentException($"'{paramName}' must be a Spotify ID (22 letters and digits, e.g. 4aawyAB9vmqN3uQ7FjRGTy); got {Describe(value)}.", paramName);
        }
    }

    /// <summary>Throws unless every entry is a Spotify ID and the count is between 1 and <paramref name="max"/>.</summary>
    /// <param name="values">The IDs.</param>
    /// <param name="max">The most IDs one call accepts.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Ids(IReadOnlyCollection<string>? values, int max, string paramName)
    {
        if (values is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: 1 to {max} Spotify IDs.");
        }

        if (values.Count == 0 || values.Count > max)
        {
            throw new ArgumentOutOfRangeException(paramName, values.Count, max == int.MaxValue
                ? $"'{paramName}' needs at least one Spotify ID."
                : $"'{paramName}' takes 1 to {max} Spotify IDs per call; got {values.Count}.");
        }

        var index = 0;
        foreach (var value in values)
        {
            if (value is null || !IdPattern().IsMatch(value))
            {
                throw new ArgumentException($"'{paramName}[{index}]' must be a Spotify ID (22 letters and digits); got {Describe(value)}.", paramName);
            }

            index++;
        }
    }

    /// <summary>
    /// Throws unless there is at least one ID and every entry is a Spotify ID. For operations that split long lists
    /// into several calls, so there is no upper bound.
    /// </summary>
    /// <param name="values">The IDs.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Ids(IReadOnlyCollection<string>? values, string paramName) => Ids(values, int.MaxValue, paramName);

    /// <summary>Throws unless <paramref name="value"/> is null or an ISO 3166-1 alpha-2 country code.</summary>
    /// <param name="value">The market.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Market(string? value, string paramName)
    {
        if (value is not null && !MarketPattern().IsMatch(value))
        {
            throw new ArgumentException($"'{paramName}' must be an ISO 3166-1 alpha-2 country code such as 'US' or 'ES'; got {Describe(value)}.", paramName);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is null or within <paramref name="min"/>..<paramref name="max"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Range(int? value, int min, int max, string paramName)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(paramName, v, $"'{paramName}' must be between {min} and {max}; got {v}.");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is null or at least zero.</summary>
    /// <param name="value">The offset.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Offset(int? value, string paramName)
    {
        if (value is < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' must be zero or more; got {value}.");
        }
    }

    /// <summary>
    /// Throws unless <paramref name="value"/> is a Spotify URI <c>spotify:{type}:{id}</c> whose type is one of
    /// <paramref name="allowedTypes"/> and whose ID is 22 base-62 characters (for <c>user</c>, a user ID; see
    /// <see cref="UserId"/>).
    /// </summary>
    /// <param name="value">The URI, e.g. <c>spotify:track:6rqhFgbbKwnb9MLmUQDhG6</c>.</param>
    /// <param name="allowedTypes">The item types the operation accepts, e.g. <c>track</c> and <c>episode</c>.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Uri(string? value, IReadOnlyCollection<string> allowedTypes, string paramName)
    {
        ArgumentNullException.ThrowIfNull(allowedTypes);
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: a Spotify URI such as spotify:{allowedTypes.First()}:<id>.");
        }

        if (!IsUri(value, allowedTypes))
        {
            throw new ArgumentException($"'{paramName}' must be a Spotify URI of type {string.Join(", ", allowedTypes)} (e.g. spotify:{allowedTypes.First()}:4aawyAB9vmqN3uQ7FjRGTy); got {Describe(value)}.", paramName);
        }
    }

    /// <summary>
    /// Throws unless every entry is a Spotify URI of one of <paramref name="allowedTypes"/> and the count is between 1
    /// and <paramref name="max"/>.
    /// </summary>
    /// <param name="values">The URIs.</param>
    /// <param name="allowedTypes">The item types the operation accepts.</param>
    /// <param name="max">The most URIs one call accepts; <see cref="int.MaxValue"/> when the client splits long lists.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Uris(IReadOnlyCollection<string>? values, IReadOnlyCollection<string> allowedTypes, int max, string paramName)
    {
        ArgumentNullException.ThrowIfNull(allowedTypes);
        if (values is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: Spotify URIs of type {string.Join(", ", allowedTypes)}.");
        }

        if (values.Count == 0 || values.Count > max)
        {
            throw new ArgumentOutOfRangeException(paramName, values.Count, max == int.MaxValue
                ? $"'{paramName}' needs at least one Spotify URI."
                : $"'{paramName}' takes 1 to {max} Spotify URIs per call; got {values.Count}.");
        }

        var index = 0;
        foreach (var value in values)
        {
            if (value is null || !IsUri(value, allowedTypes))
            {
                throw new ArgumentException($"'{paramName}[{index}]' must be a Spotify URI of type {string.Join(", ", allowedTypes)}; got {Describe(value)}.", paramName);
            }

            index++;
        }
    }

    /// <summary>
    /// Throws unless <paramref name="value"/> is a plausible Spotify user ID. User IDs are not base-62: old usernames,
    /// numeric Facebook IDs, and IDs with <c>_</c> or <c>.</c> all exist, so only empty values, whitespace, control
    /// characters, surrogates and values longer than 256 characters are refused; the ID is escaped when it goes into a path.
    /// </summary>
    /// <param name="value">The user ID.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void UserId(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: a Spotify user ID such as 'smedjan'.");
        }

        if (!IsUserId(value))
        {
            throw new ArgumentException($"'{paramName}' must be a Spotify user ID (no spaces or control characters, at most 256 characters); got {Describe(value)}.", paramName);
        }
    }

    /// <summary>Whether <paramref name="value"/> is a Spotify URI of one of <paramref name="allowedTypes"/>.</summary>
    /// <param name="value">The candidate URI.</param>
    /// <param name="allowedTypes">The item types accepted.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsUri(string value, IReadOnlyCollection<string> allowedTypes)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(allowedTypes);
        var parts = value.Split(':');
        if (parts.Length != 3 || parts[0] != "spotify" || !allowedTypes.Contains(parts[1], StringComparer.Ordinal))
        {
            return false;
        }

        return parts[1] == "user" ? IsUserId(parts[2]) : IdPattern().IsMatch(parts[2]);
    }

    private static bool IsUserId(string value) =>
        value.Length is > 0 and <= 256 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)) && value is not "." and not "..";

    private static string Describe(string? value) =>
        value is null ? "null" : value.Length > 40 ? $"'{value[..40]}…' ({value.Length} characters)" : $"'{value}'";

    // \z, not $: '$' also matches before a trailing newline, which would let "<22 characters>\n" through.
    [GeneratedRegex(@"^[0-9A-Za-z]{22}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MarketPattern();
}
