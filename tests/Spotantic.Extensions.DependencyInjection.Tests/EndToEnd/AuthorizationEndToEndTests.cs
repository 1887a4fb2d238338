using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

public sealed class AuthorizationEndToEndTests
{
    [Fact]
    public async Task AuthorizeAsync_Pkce_ExchangesCodeWithVerifierThroughLoopbackListener()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);

        var token = await host.Authorization.AuthorizeAsync();

        var navigation = await Assert.Single(host.Browser.Navigations);
        Assert.Equal(HttpStatusCode.Found, navigation.AuthorizeStatus);
        Assert.Equal(HttpStatusCode.OK, navigation.CallbackStatus);
        Assert.StartsWith(host.RedirectUri + "?", navigation.RedirectLocation!.AbsoluteUri, StringComparison.Ordinal);

        var authorize = QueryHelpers.ParseQuery(Assert.Single(server.RequestsTo("/authorize")).Query);
        Assert.Equal(server.ClientId, authorize["client_id"].ToString());
        Assert.Equal("code", authorize["response_type"].ToString());
        Assert.Equal(host.RedirectUri, authorize["redirect_uri"].ToString());
        Assert.Equal("S256", authorize["code_challenge_method"].ToString());
        Assert.Equal(SpotanticTestHost.DefaultScope, authorize["scope"].ToString());

        var tokenRequest = Assert.Single(server.TokenRequests);
        Assert.Null(tokenRequest.Authorization);
        Assert.Equal("authorization_code", tokenRequest.FormValue("grant_type"));
        Assert.Equal(server.ClientId, tokenRequest.FormValue("client_id"));
        Assert.Equal(host.RedirectUri, tokenRequest.FormValue("redirect_uri"));
        var verifier = tokenRequest.FormValue("code_verifier");
        Assert.NotNull(verifier);
        Assert.InRange(verifier.Length, 43, 128);
        Assert.Equal(server.IssuedAccessTokens.Single(), token.AccessToken);
        Assert.Equal(SpotanticTestHost.DefaultScope, token.Scope);
        Assert.False(string.IsNullOrEmpty(token.RefreshToken));

        var albums = await host.Albums.GetUserSavedAlbumsAsync(limit: 3);

        Assert.Equal(server.SavedAlbumIds.Take(3), albums.Data.Items.Select(item => item.Album.Id));
        Assert.Equal(token.AccessToken, Assert.Single(server.ApiRequests).BearerToken);
        Assert.Single(server.TokenRequests);
    }

    [Fact]
    public async Task AuthorizeAsync_AuthorizationCodeWithSecret_AuthenticatesTokenRequestWithBasic()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCode);

        var token = await host.Authorization.AuthorizeAsync();

        var authorize = QueryHelpers.ParseQuery(Assert.Single(server.RequestsTo("/authorize")).Query);
        Assert.False(authorize.ContainsKey("code_challenge"));
        var tokenRequest = Assert.Single(server.TokenRequests);
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{server.ClientId}:{server.ClientSecret}"));
        Assert.Equal(expected, tokenRequest.Authorization);
        Assert.Equal("authorization_code", tokenRequest.FormValue("grant_type"));
        Assert.False(tokenRequest.HasFormField("code_verifier"));
        Assert.False(tokenRequest.HasFormField("client_id"));

        var album = server.Catalog.Albums[7];
        var result = await host.Albums.GetAlbumAsync(album.Id);

        Assert.Equal(album.Name, result.Data.Name);
        Assert.Equal(token.AccessToken, Assert.Single(server.ApiRequests).BearerToken);
    }

    [Fact]
    public async Task AuthorizeAsync_CallbackStateDiffers_ThrowsStateMismatchWithoutTokenRequest()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        server.ReturnWrongState = true;
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);

        await Assert.ThrowsAsync<SpotifyStateMismatchException>(() => host.Authorization.AuthorizeAsync());

        // The listener did receive the forged callback, and Spotantic refused to use its code.
        var navigation = await Assert.Single(host.Browser.Navigations);
        Assert.Equal(HttpStatusCode.OK, navigation.CallbackStatus);
        Assert.NotNull(QueryHelpers.ParseQuery(navigation.RedirectLocation!.Query)["code"].ToString());
        Assert.Empty(server.TokenRequests);
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => host.Tokens.GetTokenAsync().AsTask());
    }

    [Fact]
    public async Task AuthorizeAsync_UserDeclines_ThrowsAuthorizationDenied()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        server.DenyAuthorization = true;
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);

        var exception = await Assert.ThrowsAsync<SpotifyAuthorizationDeniedException>(() => host.Authorization.AuthorizeAsync());

        Assert.Equal("access_denied", exception.Error);
        Assert.Contains("access_denied", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.TokenRequests);
        Assert.Equal("access_denied", QueryHelpers.ParseQuery((await Assert.Single(host.Browser.Navigations)).RedirectLocation!.Query)["error"].ToString());
    }

    [Fact]
    public async Task CompleteAuthorizationAsync_CodeUsedTwice_SecondExchangeFailsWithInvalidGrant()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        var request = host.Authorization.CreateAuthorizationRequest();

        // A web app redirects the user itself and receives the callback on its own route.
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var authorize = await http.GetAsync(request.AuthorizationUri);
        Assert.Equal(HttpStatusCode.Found, authorize.StatusCode);
        var callback = QueryHelpers.ParseQuery(authorize.Headers.Location!.Query).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.Ordinal);

        var token = await host.Authorization.CompleteAuthorizationAsync(request, callback);
        var exception = await Assert.ThrowsAsync<SpotifyTokenRequestException>(() => host.Authorization.CompleteAuthorizationAsync(request, callback));

        Assert.Equal("invalid_grant", exception.Error);
        Assert.Equal(2, server.TokenRequestCount("authorization_code"));
        Assert.Equal(token.AccessToken, (await host.Tokens.GetTokenAsync()).AccessToken);
    }
}
