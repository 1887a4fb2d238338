using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace Spotantic.Testing.Routing;

/// <summary>Spotify IDs (22 base-62 characters), ID lists and <c>spotify:{type}:{id}</c> URIs.</summary>
internal static class SpotifyIds
{
    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is { Length: 22 } && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>
    /// Reads a comma-separated ID list from the query. Missing or empty gives 400, more than <paramref name="max"/>
    /// gives 400 "Too many ids requested", any ID failing <paramref name="isValidId"/> (by default <see cref="IsValid"/>)
    /// gives 400 "invalid id". Duplicates are kept, as Spotify does.
    /// </summary>
    public static bool TryReadQueryIds(HttpRequest request, string parameter, int max, out string[] ids, [NotNullWhen(false)] out IResult? error, Func<string, bool>? isValidId = null)
    {
        var raw = request.Query[parameter].ToString();
        if (raw.Length == 0)
        {
            ids = [];
            error = SpotifyErrors.MissingParameter(parameter);
            return false;
        }

        return TryValidateList(raw.Split(',', StringSplitOptions.TrimEntries), max, out ids, out error, isValidId);
    }

    /// <summary>Validates a list of IDs from a query or a body, with the same errors as <see cref="TryReadQueryIds"/>.</summary>
    public static bool TryValidateList(IReadOnlyList<string> candidates, int max, out string[] ids, [NotNullWhen(false)] out IResult? error, Func<string, bool>? isValidId = null)
    {
        ids = [];
        if (candidates.Count > max)
        {
            error = SpotifyErrors.BadRequest(SpotifyErrors.TooManyIds);
            return false;
        }

        isValidId ??= IsValid;
        foreach (var id in candidates)
        {
            if (!isValidId(id))
            {
                error = SpotifyErrors.InvalidId();
                return false;
            }
        }

        ids = [.. candidates];
        error = null;
        return true;
    }

    /// <summary>Parses <c>spotify:{type}:{id}</c>. User IDs are opaque; every other type needs a 22-character ID.</summary>
    public static bool TryParseUri(string uri, out string type, out string id)
    {
        type = string.Empty;
        id = string.Empty;
        var parts = uri.Split(':');
        if (parts.Length != 3 || !string.Equals(parts[0], "spotify", StringComparison.Ordinal) || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return false;
        }

        type = parts[1];
        id = parts[2];
        return type == "user" || IsValid(id);
    }

    /// <summary>Parses a track or episode URI, the items that play; false for any other URI.</summary>
    public static bool TryParsePlayableUri(string uri, out EmulatorItemType type, out string id)
    {
        type = default;
        if (!TryParseUri(uri, out var uriType, out id) || uriType is not ("track" or "episode"))
        {
            return false;
        }

        type = uriType == "track" ? EmulatorItemType.Track : EmulatorItemType.Episode;
        return true;
    }

    /// <summary>Maps a URI type to a library item type; false for types a library cannot hold.</summary>
    public static bool TryGetItemType(string uriType, out EmulatorItemType type)
    {
        (var known, type) = uriType switch
        {
            "track" => (true, EmulatorItemType.Track),
            "album" => (true, EmulatorItemType.Album),
            "episode" => (true, EmulatorItemType.Episode),
            "show" => (true, EmulatorItemType.Show),
            "audiobook" => (true, EmulatorItemType.Audiobook),
            "artist" => (true, EmulatorItemType.Artist),
            "user" => (true, EmulatorItemType.User),
            "playlist" => (true, EmulatorItemType.Playlist),
            _ => (false, default),
        };
        return known;
    }
}
