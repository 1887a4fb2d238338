using Spotantic.Auth;
using Spotantic.Core.Tests.TestSupport;

namespace Spotantic.Core.Tests.Auth;

public sealed class InMemorySpotifyTokenStoreTests
{
    [Fact]
    public async Task SetAsync_ThenGetAsync_ReturnsTokenPerKey()
    {
        var store = new InMemorySpotifyTokenStore();
        var first = TestTokens.Create("a");
        var second = TestTokens.Create("b");

        await store.SetAsync(SpotifyTokenKeys.Default, first);
        await store.SetAsync("user-2", second);

        Assert.Same(first, await store.GetAsync(SpotifyTokenKeys.Default));
        Assert.Same(second, await store.GetAsync("user-2"));
        Assert.Null(await store.GetAsync("user-3"));
    }

    [Fact]
    public async Task RemoveAsync_StoredToken_Forgotten()
    {
        var store = new InMemorySpotifyTokenStore();
        await store.SetAsync(SpotifyTokenKeys.Default, TestTokens.Create("a"));

        await store.RemoveAsync(SpotifyTokenKeys.Default);

        Assert.Null(await store.GetAsync(SpotifyTokenKeys.Default));
    }
}
