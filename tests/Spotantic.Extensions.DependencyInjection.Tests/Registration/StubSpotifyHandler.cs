using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Spotantic.Extensions.DependencyInjection.Tests.Registration;

/// <summary>
/// A primary handler that plays Spotify's token endpoint and <c>GET /albums/{id}</c>, and records what reached it.
/// </summary>
internal sealed class StubSpotifyHandler : HttpMessageHandler
{
    public const string AccessToken = "BQDstubAccessToken7f3a9c2e51b84d06a1e2";
    public const string AlbumId = "4aawyAB9vmqN3uQ7FjRGTy";
    public const string AlbumName = "Global Warming";

    private const string TokenJson = $$"""{"access_token":"{{AccessToken}}","token_type":"Bearer","expires_in":3600}""";

    private const string AlbumJson = $$"""
        {
          "album_type": "album",
          "total_tracks": 18,
          "id": "{{AlbumId}}",
          "name": "{{AlbumName}}",
          "release_date": "2012-11-16",
          "release_date_precision": "day",
          "type": "album",
          "uri": "spotify:album:{{AlbumId}}",
          "href": "https://api.spotify.com/v1/albums/{{AlbumId}}"
        }
        """;

    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri!;
        _requests.Enqueue(new RecordedRequest(request.Method, uri, request.Headers.Authorization, body));

        if (request.Method == HttpMethod.Post && uri.AbsolutePath.EndsWith("/api/token", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, TokenJson);
        }

        if (request.Method == HttpMethod.Get && uri.AbsolutePath.EndsWith("/albums/" + AlbumId, StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, AlbumJson);
        }

        return Json(HttpStatusCode.NotFound, """{"error":{"status":404,"message":"Non existing id"}}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, AuthenticationHeaderValue? Authorization, string? Body);
}
