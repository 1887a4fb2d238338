using System.Net;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>The broken-body rows of the fault matrix (docs/reliability.md): typed exceptions, never a parsing crash.</summary>
public sealed class ResponseFaultTests
{
    private const string AlbumRoute = "/v1/albums/{id}";

    [Fact]
    public async Task GetAlbumAsync_TruncatedJson_ThrowsInvalidResponse()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", AlbumRoute).Next(1).TruncateJson();

        var ex = await Assert.ThrowsAsync<SpotifyInvalidResponseException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(1, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }

    [Fact]
    public async Task GetAlbumAsync_MalformedJson_ThrowsInvalidResponse()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", AlbumRoute).Next(1).MalformJson();

        var ex = await Assert.ThrowsAsync<SpotifyInvalidResponseException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Contains("not valid JSON for Album", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }

    [Fact]
    public async Task GetAlbumAsync_EmptyBodyWhereJsonExpected_ThrowsInvalidResponse()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", AlbumRoute).Next(1).RespondPlainText(200, string.Empty);

        var ex = await Assert.ThrowsAsync<SpotifyInvalidResponseException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Contains("the body is empty", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }

    [Fact]
    public async Task GetAlbumAsync_PlainTextErrorBody_ThrowsApiExceptionCarryingTheText()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", AlbumRoute).Next(1).RespondPlainText(403, "Insufficient client scope");

        var ex = await Assert.ThrowsAnyAsync<SpotifyApiException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("Insufficient client scope", ex.SpotifyMessage);
        Assert.Equal(1, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }
}
