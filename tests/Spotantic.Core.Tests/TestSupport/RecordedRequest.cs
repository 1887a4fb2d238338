using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Http;

namespace Spotantic.Core.Tests.TestSupport;

/// <summary>A snapshot of a request as the stub received it, taken before the sender can dispose or change it.</summary>
public sealed class RecordedRequest
{
    private RecordedRequest(
        HttpMethod method,
        Uri requestUri,
        AuthenticationHeaderValue? authorization,
        string? body,
        string? contentType,
        SpotifyRequestMetadata? metadata)
    {
        Method = method;
        RequestUri = requestUri;
        Authorization = authorization;
        Body = body;
        ContentType = contentType;
        Metadata = metadata;
        Form = contentType == "application/x-www-form-urlencoded" && body is not null
            ? QueryHelpers.ParseQuery(body).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public HttpMethod Method { get; }

    public Uri RequestUri { get; }

    /// <summary>The Authorization header as sent (it changes on the message between attempts, so it is copied).</summary>
    public AuthenticationHeaderValue? Authorization { get; }

    public string? Body { get; }

    public string? ContentType { get; }

    /// <summary>The form fields of an <c>application/x-www-form-urlencoded</c> body; empty otherwise.</summary>
    public IReadOnlyDictionary<string, string> Form { get; }

    public SpotifyRequestMetadata? Metadata { get; }

    /// <summary>The query parameters, decoded.</summary>
    public IReadOnlyDictionary<string, string> Query =>
        QueryHelpers.ParseQuery(RequestUri.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);

    public static async Task<RecordedRequest> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var authorization = request.Headers.Authorization is { } header
            ? new AuthenticationHeaderValue(header.Scheme, header.Parameter)
            : null;
        return new RecordedRequest(
            request.Method,
            request.RequestUri!,
            authorization,
            body,
            request.Content?.Headers.ContentType?.MediaType,
            SpotifyRequestMetadata.From(request));
    }

    public override string ToString() => $"{Method} {RequestUri}";
}
