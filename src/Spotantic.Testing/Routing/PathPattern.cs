namespace Spotantic.Testing.Routing;

/// <summary>
/// A method and path pattern used by faults and the request log: segments match literally (ordinal), <c>*</c> or a
/// <c>{name}</c> segment matches any one segment, and a final <c>**</c> matches any rest, including nothing.
/// Method <c>*</c> (or null) matches any method.
/// </summary>
internal sealed class PathPattern
{
    private readonly string? _method;
    private readonly string[] _segments;

    public PathPattern(string? method, string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (!pattern.StartsWith('/'))
        {
            throw new ArgumentException($"A path pattern starts with '/' (e.g. '/v1/albums/*'): '{pattern}'.", nameof(pattern));
        }

        _method = method is null or "*" ? null : method.ToUpperInvariant();
        _segments = Split(pattern);
        Text = (_method ?? "*") + " " + pattern;
    }

    public string Text { get; }

    public bool Matches(string method, string path)
    {
        if (_method is not null && !string.Equals(_method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var actual = Split(path);
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (segment == "**" && i == _segments.Length - 1)
            {
                return true;
            }

            if (i >= actual.Length)
            {
                return false;
            }

            var wildcard = segment == "*" || (segment.StartsWith('{') && segment.EndsWith('}'));
            if (!wildcard && !string.Equals(segment, actual[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return actual.Length == _segments.Length;
    }

    public override string ToString() => Text;

    private static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
