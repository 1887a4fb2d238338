using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using Spotantic.Http;
using Spotantic.Requests;
using Spotantic.Serialization;
using Spotantic.Testing;

namespace Spotantic.Fuzz.Tests.Support;

/// <summary>A real response body and the model the client reads it into.</summary>
internal sealed record Payload(string Name, byte[] Body, Func<SpotifyApiConnection, Task<object>> Read);

/// <summary>
/// Real response bodies, fetched once from a started emulator (an independent implementation of Spotify's responses),
/// to mutate in the fuzz tests.
/// </summary>
public sealed class EmulatorPayloads : IAsyncLifetime
{
    private readonly List<Payload> _payloads = [];

    internal IReadOnlyList<Payload> Payloads => _payloads;

    public async Task InitializeAsync()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        // Extended quota: every field of every object, the most the models must read.
        emulator.RegisterApp("fuzz-client", "fuzz-secret", "http://127.0.0.1:8000/callback").QuotaMode = EmulatorQuotaMode.Extended;
        var token = emulator.Accounts.IssueUserToken("fuzz-client", emulator.DemoUser!.Id, "user-library-read", "user-read-private", "user-read-email").AccessToken;
        using var http = new HttpClient { BaseAddress = emulator.ApiBaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var album = emulator.Catalog.Albums[0];
        var albums = string.Join(',', emulator.Catalog.Albums.Take(5).Select(a => a.Id));
        var artist = emulator.Catalog.Artists[0];
        var track = emulator.Catalog.Tracks[0];
        await AddAsync(http, "album", $"albums/{album.Id}", SpotifyJsonContext.Default.Album);
        await AddAsync(http, "several albums", $"albums?ids={albums}", SpotifyJsonContext.Default.SeveralAlbums);
        await AddAsync(http, "album tracks", $"albums/{album.Id}/tracks?limit=5", SpotifyJsonContext.Default.PageSimplifiedTrack);
        await AddAsync(http, "saved albums", "me/albums?limit=3", SpotifyJsonContext.Default.PageSavedAlbum);
        await AddAsync(http, "artist", $"artists/{artist.Id}", SpotifyJsonContext.Default.Artist);
        await AddAsync(http, "artist albums", $"artists/{artist.Id}/albums?limit=5", SpotifyJsonContext.Default.PageArtistDiscographyAlbum);
        await AddAsync(http, "track", $"tracks/{track.Id}", SpotifyJsonContext.Default.Track);
        await AddAsync(http, "saved tracks", "me/tracks?limit=3", SpotifyJsonContext.Default.PageSavedTrack);
        await AddAsync(http, "current user", "me", SpotifyJsonContext.Default.PrivateUser);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task AddAsync<T>(HttpClient http, string name, string path, JsonTypeInfo<T> typeInfo)
        where T : notnull
    {
        // The request only decides the operation named in errors; the body comes from the stub.
        var request = new GetAlbumRequest("4aawyAB9vmqN3uQ7FjRGTy");
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        _payloads.Add(new Payload(name, await response.Content.ReadAsByteArrayAsync(), async connection => (await connection.SendAsync(request, typeInfo, CancellationToken.None)).Data));
    }
}
