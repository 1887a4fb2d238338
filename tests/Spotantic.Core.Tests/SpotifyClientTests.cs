using System.Net;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;
using Spotantic.Core.Tests.TestSupport;

namespace Spotantic.Core.Tests;

public sealed class SpotifyClientTests
{
    [Fact]
    public void Create_InvalidOptions_OptionsValidationExceptionNamingEachKey()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.ClientCredentials);
        options.Auth.ClientId = null;
        options.Client.MaxAttempts = 0;

        var exception = Assert.Throws<OptionsValidationException>(() => SpotifyClient.Create(options));

        Assert.Equal(SpotanticOptions.SectionName, exception.OptionsName);
        Assert.Equal(typeof(SpotanticOptions), exception.OptionsType);
        Assert.Contains(exception.Failures, failure => failure.StartsWith("Spotantic:Auth:ClientId", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.StartsWith("Spotantic:Client:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains("Spotantic:Auth:ClientId", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Spotantic:Client:MaxAttempts", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidOptionsWithSecret_MessageHidesSecret()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.AuthorizationCode);
        options.Auth.RedirectUri = "http://localhost:8000/callback";

        var exception = Assert.Throws<OptionsValidationException>(() => SpotifyClient.Create(options));

        Assert.Contains("Spotantic:Auth:RedirectUri", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestOptions.ClientSecret, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForUser_TwoKeysOverOneClient_EachCallCarriesItsKeysToken()
    {
        using var stub = new StubHttpMessageHandler(request => StubResponses.Json("""{"id":"4aawyAB9vmqN3uQ7FjRGTy","name":"Hand Built"}"""));
        var store = new Spotantic.Auth.InMemorySpotifyTokenStore();
        await store.SetAsync("alice", TestTokens.Create("alice-access", "alice-refresh", "user-library-read"));
        await store.SetAsync("bob", TestTokens.Create("bob-access", "bob-refresh", "user-library-read"));
        using var client = SpotifyClient.Create(TestOptions.Create(), tokenStore: store, primaryHandler: stub);

        await client.ForUser("alice").Albums.GetAlbumAsync("4aawyAB9vmqN3uQ7FjRGTy");
        await client.ForUser("bob").Albums.GetAlbumAsync("4aawyAB9vmqN3uQ7FjRGTy");
        await client.ForUser("alice").Albums.GetAlbumAsync("4aawyAB9vmqN3uQ7FjRGTy");

        Assert.Equal(["alice-access", "bob-access", "alice-access"], stub.Requests.Select(r => r.Authorization?.Parameter));
        Assert.Equal("bob", client.ForUser("bob").Tokens.Key);
        Assert.Equal(2, client.TokenManagers.LiveManagerCount);
        await Assert.ThrowsAsync<Spotantic.Exceptions.SpotifyAuthorizationRequiredException>(() => client.Albums.GetAlbumAsync("4aawyAB9vmqN3uQ7FjRGTy"));
    }

    [Fact]
    public void Create_NullOptions_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => SpotifyClient.Create(null!));
    }

    [Fact]
    public async Task Create_ClientCredentialsOverStub_AcquiresTokenThenCallsApiWithBearer()
    {
        using var stub = new StubHttpMessageHandler(request => request.RequestUri.Host switch
        {
            "accounts.test" => StubResponses.Token("cc-token"),
            "api.test" => StubResponses.Json("""{"id":"4aawyAB9vmqN3uQ7FjRGTy","name":"Hand Built"}"""),
            _ => new HttpResponseMessage(HttpStatusCode.BadGateway),
        });
        using var client = SpotifyClient.Create(TestOptions.Create(SpotifyAuthFlow.ClientCredentials), primaryHandler: stub);

        var result = await client.Albums.GetAlbumAsync("4aawyAB9vmqN3uQ7FjRGTy", "ES");

        Assert.Equal("Hand Built", result.Data.Name);
        Assert.Collection(
            stub.Requests,
            token => Assert.Equal(TestOptions.TokenEndpoint, token.RequestUri),
            api =>
            {
                Assert.Equal("https://api.test/v1/albums/4aawyAB9vmqN3uQ7FjRGTy?market=ES", api.RequestUri.AbsoluteUri);
                Assert.Equal("Bearer", api.Authorization?.Scheme);
                Assert.Equal("cc-token", api.Authorization?.Parameter);
            });
        Assert.Equal("cc-token", (await client.Tokens.GetTokenAsync()).AccessToken);
    }

    [Fact]
    public async Task Create_StoreAccessTokenWithoutStore_PersistsToConfiguredFile()
    {
        using var directory = new TempDirectory();
        var options = TestOptions.Create(SpotifyAuthFlow.ClientCredentials);
        options.Auth.StoreAccessToken = true;
        options.Auth.AccessTokenFilePath = directory.Combine("token.json");
        using var stub = new StubHttpMessageHandler(_ => StubResponses.Token("cc-token"));
        using var client = SpotifyClient.Create(options, primaryHandler: stub);

        await client.Tokens.GetTokenAsync();

        Assert.Equal(["token.json"], directory.FileNames());
        Assert.Contains("cc-token", await File.ReadAllTextAsync(directory.Combine("token.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingScope_RefusedBeforeSending()
    {
        using var stub = new StubHttpMessageHandler(request => request.RequestUri.Host == "accounts.test"
            ? StubResponses.Token("cc-token")
            : StubResponses.Json("{}"));
        using var client = SpotifyClient.Create(TestOptions.Create(SpotifyAuthFlow.ClientCredentials), primaryHandler: stub);

        await Assert.ThrowsAsync<Spotantic.Exceptions.SpotifyInsufficientScopeException>(() => client.Albums.GetUserSavedAlbumsAsync());

        Assert.DoesNotContain(stub.Requests, request => request.RequestUri.Host == "api.test");
    }
}
