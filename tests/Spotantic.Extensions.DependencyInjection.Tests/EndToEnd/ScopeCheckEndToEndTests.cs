using System.Net;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;
using Spotantic.Requests;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

#pragma warning disable CS0618 // The per-type library operations are deprecated by Spotify but still served, and still need their scope.
public sealed class ScopeCheckEndToEndTests
{
    [Fact]
    public async Task SaveAlbumsForUserAsync_TokenGrantedOnlyLibraryRead_ThrowsBeforeAnythingIsSent()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        server.GrantedScope = "user-library-read";
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        var token = await host.Authorization.AuthorizeAsync();
        Assert.Equal("user-library-read", token.Scope);
        var unsaved = server.Catalog.Albums[^1].Id;

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => host.Albums.SaveAlbumsForUserAsync(new SaveAlbumsForUserRequest([unsaved])));

        Assert.Equal(["user-library-modify"], exception.MissingScopes);
        Assert.Equal("save-albums-user", exception.OperationId);
        Assert.Contains("user-library-modify", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.ApiRequests);
        Assert.DoesNotContain(unsaved, server.SavedAlbumIds);

        // An operation the granted scope covers goes through.
        await host.Albums.GetUserSavedAlbumsAsync(limit: 1);
        Assert.Single(server.ApiRequests);
    }

    [Fact]
    public async Task SaveAlbumsForUserAsync_ScopeCheckOff_SpotifyAnswers403()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce, options => options.Client.CheckInsufficientScope = false);
        await host.StoreUserTokenAsync(scope: "user-library-read");
        var unsaved = server.Catalog.Albums[^1].Id;

        var exception = await Assert.ThrowsAsync<SpotifyApiException>(() => host.Albums.SaveAlbumsForUserAsync(new SaveAlbumsForUserRequest([unsaved])));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("Insufficient client scope", exception.SpotifyMessage);
        Assert.Single(server.RequestsTo("/v1/me/albums", "PUT"));
        Assert.DoesNotContain(unsaved, server.SavedAlbumIds);
    }
}
