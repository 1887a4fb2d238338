using Microsoft.AspNetCore.WebUtilities;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>One request as the fake server received it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, e.g. <c>/v1/me/albums</c>.</param>
/// <param name="Query">The query string with its leading '?', or empty.</param>
/// <param name="Authorization">The <c>Authorization</c> header, if any.</param>
/// <param name="ContentType">The <c>Content-Type</c> header, if any.</param>
/// <param name="Body">The body as text (empty when there is none).</param>
/// <param name="Time">When the request arrived.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string? ContentType, string Body, DateTimeOffset Time)
{
    /// <summary>The bearer token the request carried, or <see langword="null"/>.</summary>
    public string? BearerToken =>
        Authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;

    /// <summary>Reads a query parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public string? QueryValue(string name) =>
        QueryHelpers.ParseQuery(Query).TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>Reads a field of an <c>application/x-www-form-urlencoded</c> body.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public string? FormValue(string name) =>
        QueryHelpers.ParseQuery(Body).TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>Whether the form body has the field at all.</summary>
    /// <param name="name">The field name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool HasFormField(string name) => QueryHelpers.ParseQuery(Body).ContainsKey(name);

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{Query}";
}
