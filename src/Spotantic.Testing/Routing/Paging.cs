using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Spotantic.Testing.Routing;

/// <summary>A validated <c>limit</c> and <c>offset</c>.</summary>
internal readonly record struct PageRequest(int Limit, int Offset);

/// <summary>
/// Where page links point: an absolute endpoint URI without query, plus the query parameters to carry over
/// (everything but <c>limit</c>, <c>offset</c> and cursors).
/// </summary>
internal sealed record PageLinkBase(string Endpoint, IReadOnlyList<KeyValuePair<string, string>> Query)
{
    public string Link(params KeyValuePair<string, string>[] first)
    {
        var builder = new StringBuilder(Endpoint);
        var separator = '?';
        foreach (var (key, value) in first.Concat(Query))
        {
            builder.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }

    public string OffsetLink(int offset, int limit) =>
        Link(new("offset", offset.ToString(CultureInfo.InvariantCulture)), new("limit", limit.ToString(CultureInfo.InvariantCulture)));
}

/// <summary><c>limit</c> and <c>offset</c> parsing with Spotify's 400 errors and per-route maximums.</summary>
internal static class Paging
{
    private static readonly string[] PagingParameters = ["limit", "offset", "after", "before"];

    /// <summary>
    /// Reads <c>limit</c> (1 to <paramref name="maxLimit"/>, default <paramref name="defaultLimit"/>) and <c>offset</c>
    /// (0 to <paramref name="maxOffset"/>, default 0). Anything else is 400 "Invalid limit" or "Invalid offset".
    /// </summary>
    public static bool TryRead(HttpRequest request, int maxLimit, int defaultLimit, out PageRequest page, [NotNullWhen(false)] out IResult? error, int maxOffset = int.MaxValue)
    {
        page = default;
        if (!TryReadLimit(request, maxLimit, defaultLimit, out var limit, out error))
        {
            return false;
        }

        var offset = 0;
        if (request.Query.TryGetValue("offset", out var rawOffset) &&
            (!int.TryParse(rawOffset.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset > maxOffset))
        {
            error = SpotifyErrors.BadRequest(SpotifyErrors.InvalidOffset);
            return false;
        }

        page = new PageRequest(limit, offset);
        return true;
    }

    /// <summary>Reads <c>limit</c> alone, for cursor-paged endpoints.</summary>
    public static bool TryReadLimit(HttpRequest request, int maxLimit, int defaultLimit, out int limit, [NotNullWhen(false)] out IResult? error)
    {
        limit = defaultLimit;
        error = null;
        if (request.Query.TryGetValue("limit", out var rawLimit) &&
            (!int.TryParse(rawLimit.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > maxLimit))
        {
            error = SpotifyErrors.BadRequest(SpotifyErrors.InvalidLimit);
            return false;
        }

        return true;
    }

    /// <summary>The link base of the current request: its own endpoint, with its other query parameters.</summary>
    public static PageLinkBase CurrentLinkBase(HttpContext http, string baseAddress)
    {
        var query = http.Request.Query
            .Where(p => !PagingParameters.Contains(p.Key, StringComparer.Ordinal))
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString()))
            .ToArray();
        return new PageLinkBase(baseAddress.TrimEnd('/') + http.Request.Path.ToUriComponent(), query);
    }

    /// <summary>
    /// Writes a PagingObject (<c>href</c>, <c>items</c>, <c>limit</c>, <c>next</c>, <c>offset</c>, <c>previous</c>,
    /// <c>total</c>) for one page of <paramref name="all"/>; links are absolute.
    /// </summary>
    public static void WriteOffsetPage<T>(Utf8JsonWriter writer, PageLinkBase links, PageRequest page, IReadOnlyList<T> all, Action<Utf8JsonWriter, T> writeItem)
    {
        var total = all.Count;
        writer.WriteStartObject();
        writer.WriteString("href", links.OffsetLink(page.Offset, page.Limit));
        writer.WriteStartArray("items");
        for (var i = page.Offset; i < Math.Min(total, (long)page.Offset + page.Limit); i++)
        {
            writeItem(writer, all[i]);
        }

        writer.WriteEndArray();
        writer.WriteNumber("limit", page.Limit);
        if ((long)page.Offset + page.Limit < total)
        {
            writer.WriteString("next", links.OffsetLink(page.Offset + page.Limit, page.Limit));
        }
        else
        {
            writer.WriteNull("next");
        }

        writer.WriteNumber("offset", page.Offset);
        if (page.Offset > 0)
        {
            writer.WriteString("previous", links.OffsetLink(Math.Max(0, page.Offset - page.Limit), page.Limit));
        }
        else
        {
            writer.WriteNull("previous");
        }

        writer.WriteNumber("total", total);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a CursorPagingObject (<c>href</c>, <c>limit</c>, <c>next</c>, <c>cursors</c>, <c>total</c>, <c>items</c>).
    /// The caller picks the page's items and cursors; <c>next</c> carries <paramref name="nextCursorParameter"/>=
    /// <paramref name="nextCursor"/> and is null when <paramref name="nextCursor"/> is null. Absent cursors are omitted.
    /// </summary>
    public static void WriteCursorPage<T>(
        Utf8JsonWriter writer,
        HttpContext http,
        PageLinkBase links,
        int limit,
        int? total,
        IReadOnlyList<T> items,
        Action<Utf8JsonWriter, T> writeItem,
        string? afterCursor,
        string? beforeCursor,
        string nextCursorParameter,
        string? nextCursor)
    {
        var limitText = limit.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("href", links.Endpoint + http.Request.QueryString.ToUriComponent());
        writer.WriteNumber("limit", limit);
        if (nextCursor is not null)
        {
            writer.WriteString("next", links.Link(new(nextCursorParameter, nextCursor), new("limit", limitText)));
        }
        else
        {
            writer.WriteNull("next");
        }

        writer.WriteStartObject("cursors");
        if (afterCursor is not null)
        {
            writer.WriteString("after", afterCursor);
        }

        if (beforeCursor is not null)
        {
            writer.WriteString("before", beforeCursor);
        }

        writer.WriteEndObject();
        if (total is { } t)
        {
            writer.WriteNumber("total", t);
        }

        writer.WriteStartArray("items");
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
