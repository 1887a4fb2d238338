using System.Globalization;
using System.Text;

namespace Spotantic.Http;

/// <summary>Builds a relative URI from escaped path segments and query parameters.</summary>
/// <remarks>
/// Every value goes through <see cref="Uri.EscapeDataString(string)"/>, so no argument can add a path segment,
/// start a query or a fragment, or smuggle a percent-escape into the route.
/// </remarks>
internal sealed class QueryStringBuilder
{
    private readonly StringBuilder _builder;
    private bool _hasQuery;

    /// <summary>Starts a relative URI from a fixed path (no leading slash, no user input).</summary>
    /// <param name="path">The fixed path, e.g. <c>albums</c>.</param>
    public QueryStringBuilder(string path) => _builder = new StringBuilder(path);

    /// <summary>Appends one escaped path segment.</summary>
    /// <param name="segment">The segment, e.g. an ID.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="segment"/> is empty, <c>.</c> or <c>..</c>.</exception>
    public QueryStringBuilder Segment(string segment)
    {
        // Dot segments cannot be escaped away: System.Uri decodes %2E and then removes "." and "..", so they
        // would move the request to another route. An empty segment would do the same ("albums//tracks").
        ArgumentNullException.ThrowIfNull(segment);
        if (segment is "" or "." or "..")
        {
            throw new ArgumentException("A path segment must not be empty, '.' or '..'.", nameof(segment));
        }

        _builder.Append('/').Append(Uri.EscapeDataString(segment));
        return this;
    }

    /// <summary>Appends a fixed path suffix (no user input).</summary>
    /// <param name="path">The suffix, e.g. <c>tracks</c>.</param>
    /// <returns>This builder.</returns>
    public QueryStringBuilder Path(string path)
    {
        _builder.Append('/').Append(path);
        return this;
    }

    /// <summary>Appends a query parameter when <paramref name="value"/> is not null.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public QueryStringBuilder Query(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _builder.Append(_hasQuery ? '&' : '?').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    /// <summary>Appends an integer query parameter when <paramref name="value"/> has a value.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public QueryStringBuilder Query(string name, int? value) =>
        Query(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends a comma-separated list parameter when <paramref name="values"/> is not null.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The values.</param>
    /// <returns>This builder.</returns>
    public QueryStringBuilder Query(string name, IEnumerable<string>? values) =>
        Query(name, values is null ? null : string.Join(',', values));

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();
}
