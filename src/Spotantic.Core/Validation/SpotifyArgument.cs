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

    private static string Describe(string? value) =>
        value is null ? "null" : value.Length > 40 ? $"'{value[..40]}…' ({value.Length} characters)" : $"'{value}'";

    // \z, not $: '$' also matches before a trailing newline, which would let "<22 characters>\n" through.
    [GeneratedRegex(@"^[0-9A-Za-z]{22}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MarketPattern();
}
