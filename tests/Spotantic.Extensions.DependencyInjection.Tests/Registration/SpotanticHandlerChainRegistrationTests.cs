using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Spotantic.Clients;
using Spotantic.Http;

namespace Spotantic.Extensions.DependencyInjection.Tests.Registration;

public sealed class SpotanticHandlerChainRegistrationTests
{
#pragma warning disable EXTEXP0001 // Only the type is compared; ResilienceHandler is what the chain inserts.
    private static readonly Type ResilienceHandlerType = typeof(ResilienceHandler);
#pragma warning restore EXTEXP0001

    [Fact]
    public async Task CreateHandler_ApiClient_SpotanticHandlersThenAppHandlerThenPrimary()
    {
        var services = new ServiceCollection();
        var builder = StubbedSpotantic.Add(services, new StubSpotifyHandler());
        builder.ApiHttpClient.AddHttpMessageHandler(() => new MarkerHandler());
        await using var provider = services.BuildServiceProvider();

        var chain = Walk(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(SpotanticHttpClientNames.Api));

        Assert.Equal(
            [typeof(SpotifyRateLimitGateHandler), ResilienceHandlerType, typeof(SpotifyScopeCheckHandler), typeof(SpotifyAuthenticationHandler), typeof(MarkerHandler), typeof(StubSpotifyHandler)],
            WithoutFactoryHandlers(chain));
    }

    [Fact]
    public async Task CreateHandler_CheckInsufficientScopeFalse_ScopeHandlerAbsent()
    {
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler(), o => o.Client.CheckInsufficientScope = false);
        await using var provider = services.BuildServiceProvider();

        var chain = Walk(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(SpotanticHttpClientNames.Api));

        Assert.Equal(
            [typeof(SpotifyRateLimitGateHandler), ResilienceHandlerType, typeof(SpotifyAuthenticationHandler), typeof(StubSpotifyHandler)],
            WithoutFactoryHandlers(chain));
    }

    [Fact]
    public async Task CreateHandler_AccountsClient_OnlyResilienceThenPrimary()
    {
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler());
        await using var provider = services.BuildServiceProvider();

        var chain = Walk(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(SpotanticHttpClientNames.Accounts));

        // Token requests are retried like API calls, but never gated, scope-checked or authenticated with a bearer token.
        Assert.Equal([ResilienceHandlerType, typeof(StubSpotifyHandler)], WithoutFactoryHandlers(chain));
        Assert.DoesNotContain(chain, h => h.GetType().Assembly == typeof(SpotifyAuthenticationHandler).Assembly);
    }

    [Fact]
    public async Task GetAlbumAsync_AppHandlerOnApiClient_SeesBearerTokenAndTokenRequestDoesNotPassIt()
    {
        var marker = new MarkerHandler();
        var services = new ServiceCollection();
        var builder = StubbedSpotantic.Add(services, new StubSpotifyHandler());
        builder.ApiHttpClient.AddHttpMessageHandler(() => marker);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);

        // Inside the chain, after authentication: it sees the bearer header, and only the album call (not the token request).
        Assert.Equal(1, marker.Calls);
        Assert.Equal("Bearer " + StubSpotifyHandler.AccessToken, marker.LastAuthorization);
    }

    private static List<HttpMessageHandler> Walk(HttpMessageHandler handler)
    {
        List<HttpMessageHandler> chain = [];
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            chain.Add(current);
        }

        return chain;
    }

    // IHttpClientFactory wraps every chain in its lifetime-tracking handler, which belongs to neither Spotantic nor the app.
    private static Type[] WithoutFactoryHandlers(List<HttpMessageHandler> chain)
    {
        Assert.Equal("LifetimeTrackingHttpMessageHandler", chain[0].GetType().Name);
        return [.. chain.Skip(1).Select(h => h.GetType())];
    }
}
