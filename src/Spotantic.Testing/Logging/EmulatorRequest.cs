using Microsoft.AspNetCore.Http;

namespace Spotantic.Testing;

/// <summary>One request that reached the emulator, as recorded in <see cref="EmulatorRequestLog"/>.</summary>
public sealed class EmulatorRequest
{
    private volatile int _statusCode;
    private volatile bool _aborted;

    internal EmulatorRequest(string method, string path, QueryString queryString, IReadOnlyDictionary<string, string> query, string? authorization, string? contentType, string? body, DateTimeOffset time)
    {
        Method = method;
        Path = path;
        QueryString = queryString.Value ?? string.Empty;
        Query = query;
        Authorization = authorization;
        ContentType = contentType;
        Body = body;
        Time = time;
    }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path, e.g. <c>/v1/albums/4aawyAB9vmqN3uQ7FjRGTy</c> or <c>/api/token</c>.</summary>
    public string Path { get; }

    /// <summary>The raw query string including the leading <c>?</c>, or empty.</summary>
    public string QueryString { get; }

    /// <summary>The query parameters (repeated ones joined with commas).</summary>
    public IReadOnlyDictionary<string, string> Query { get; }

    /// <summary>The <c>Authorization</c> header, or null.</summary>
    public string? Authorization { get; }

    /// <summary>The <c>Content-Type</c> header, or null.</summary>
    public string? ContentType { get; }

    /// <summary>The request body as text (UTF-8), or null when there was none.</summary>
    public string? Body { get; }

    /// <summary>When the request arrived, on the emulator's clock.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The response status; 0 until the response starts, and for a dropped connection.</summary>
    public int StatusCode
    {
        get => _statusCode;
        internal set => _statusCode = value;
    }

    /// <summary>True when the emulator dropped the connection instead of answering (a fault).</summary>
    public bool Aborted
    {
        get => _aborted;
        internal set => _aborted = value;
    }

    /// <summary>Describes the request without its headers or body, which may hold secrets.</summary>
    /// <returns>Method, path and status.</returns>
    public override string ToString() => $"{Method} {Path} -> {(Aborted ? "aborted" : StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
