using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Checks shared by the Playlists and Categories request records.</summary>
internal static partial class PlaylistArguments
{
    /// <summary>The URI types a playlist can hold (local files cannot be added through the Web API).</summary>
    public static readonly IReadOnlyList<string> ItemTypes = ["track", "episode"];

    /// <summary>Throws unless <paramref name="value"/> is null or a non-empty field filter without control characters.</summary>
    /// <param name="value">The <c>fields</c> filter.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Fields(string? value, string paramName)
    {
        if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl)))
        {
            throw new ArgumentException($"'{paramName}' must be a non-empty field filter such as 'items(added_at,item(name))', or null for every field.", paramName);
        }
    }

    /// <summary>Throws unless every entry of <paramref name="values"/> is <c>track</c> or <c>episode</c>.</summary>
    /// <param name="values">The <c>additional_types</c> values, or null.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void AdditionalTypes(IReadOnlyList<string>? values, string paramName)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count == 0 || values.Any(value => value is null || !ItemTypes.Contains(value, StringComparer.Ordinal)))
        {
            throw new ArgumentException($"'{paramName}' takes 'track' and/or 'episode'; got [{string.Join(", ", values)}].", paramName);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is null or zero or more.</summary>
    /// <param name="value">The position.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Position(int? value, string paramName)
    {
        if (value is < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' must be zero or more; got {value}.");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is null or a non-empty snapshot ID without control characters.</summary>
    /// <param name="value">The snapshot ID.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void SnapshotId(string? value, string paramName)
    {
        if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl)))
        {
            throw new ArgumentException($"'{paramName}' must be a snapshot ID returned by Spotify, or null.", paramName);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is null or a locale such as <c>sv_SE</c>.</summary>
    /// <param name="value">The locale.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Locale(string? value, string paramName)
    {
        if (value is not null && !LocalePattern().IsMatch(value))
        {
            throw new ArgumentException($"'{paramName}' must be an ISO 639-1 language code and an ISO 3166-1 alpha-2 country code joined by an underscore, such as 'es_MX'; got '{value}'.", paramName);
        }
    }

    /// <summary>
    /// Throws unless <paramref name="value"/> is a plausible category ID. Category IDs are plain strings (e.g.
    /// <c>party</c>, <c>indie_alt</c>), not base-62 IDs; the ID is escaped when it goes into the path.
    /// </summary>
    /// <param name="value">The category ID.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void CategoryId(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: a category ID such as 'party'.");
        }

        if (value.Length is 0 or > 256 || value is "." or ".." || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"'{paramName}' must be a category ID such as 'party' (no spaces or control characters, at most 256 characters).", paramName);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is a non-empty playlist name.</summary>
    /// <param name="value">The name.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Name(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: the playlist's name.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{paramName}' must not be empty.", paramName);
        }
    }

    /// <summary>Throws when a collaborative playlist would also be public, which Spotify refuses.</summary>
    /// <param name="isPublic">The public flag.</param>
    /// <param name="collaborative">The collaborative flag.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void CollaborativeNotPublic(bool? isPublic, bool? collaborative, string paramName)
    {
        if (collaborative == true && isPublic == true)
        {
            throw new ArgumentException($"'{paramName}': a collaborative playlist must not be public; set Public to false.", paramName);
        }
    }

    /// <summary>
    /// Checks the body of a reorder-or-replace call: either <paramref name="uris"/> (a replace, at most
    /// <paramref name="maxUris"/>, empty clears the playlist) or <paramref name="rangeStart"/> and
    /// <paramref name="insertBefore"/> with an optional <paramref name="rangeLength"/> (a reorder), never both.
    /// </summary>
    /// <param name="uris">The replacing URIs, or null for a reorder.</param>
    /// <param name="rangeStart">The position of the first item to move.</param>
    /// <param name="insertBefore">The position before which the items go.</param>
    /// <param name="rangeLength">How many items to move.</param>
    /// <param name="maxUris">The most URIs a replace accepts.</param>
    [SuppressMessage("Usage", "CA2208:Instantiate argument exceptions correctly", Justification = "The names reported are the records' property names, which is what the caller set.")]
    public static void ReorderOrReplace(IReadOnlyList<string>? uris, int? rangeStart, int? insertBefore, int? rangeLength, int maxUris)
    {
        if (uris is not null)
        {
            if (rangeStart is not null || insertBefore is not null || rangeLength is not null)
            {
                throw new ArgumentException("A request either replaces the items (Uris) or reorders them (RangeStart, InsertBefore, RangeLength), not both.", "Uris");
            }

            if (uris.Count > 0)
            {
                SpotifyArgument.Uris(uris, ItemTypes, maxUris, "Uris");
            }

            return;
        }

        if (rangeStart is null)
        {
            throw new ArgumentNullException("RangeStart", "Set Uris to replace the items, or RangeStart and InsertBefore to reorder them.");
        }

        if (insertBefore is null)
        {
            throw new ArgumentNullException("InsertBefore", "A reorder needs InsertBefore: the position before which the items go.");
        }

        Position(rangeStart, "RangeStart");
        Position(insertBefore, "InsertBefore");
        SpotifyArgument.Range(rangeLength, 1, int.MaxValue, "RangeLength");
    }

    [GeneratedRegex(@"^[A-Za-z]{2}_[A-Za-z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex LocalePattern();
}
