using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Markets;

public sealed class MarketsClientTests : IDisposable
{
    private readonly StubHttpMessageHandler _stub = new();
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly IMarketsClient _markets;

    public MarketsClientTests()
    {
        _markets = new MarketsClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetAvailableMarketsAsync_NoArguments_GetsMarkets()
    {
        _stub.EnqueueJson("""{"markets":["CA","BR","IT"]}""");

#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        var result = await _markets.GetAvailableMarketsAsync();
#pragma warning restore CS0618

        Assert.Equal("https://api.test/v1/markets", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(["CA", "BR", "IT"], result.Data.Markets);
        Assert.Empty(Assert.Single(_stub.Requests).Metadata!.Scopes.Scopes);
    }

    [Fact]
    public void GetAvailableMarketsAsync_BothOverloads_ObsoleteWithMarketsReason()
    {
        var overloads = typeof(IMarketsClient).GetMethods().Where(m => m.Name == nameof(IMarketsClient.GetAvailableMarketsAsync)).ToArray();

        Assert.Equal(2, overloads.Length);
        Assert.All(overloads, overload => Assert.Equal(SpotifyDeprecations.Markets, overload.GetCustomAttribute<ObsoleteAttribute>()?.Message));
    }
}
