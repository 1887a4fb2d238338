using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class MarketsEndpointsTests
{
    [Fact]
    public async Task GetAvailableMarkets_ClientToken_EveryCatalogMarket()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/markets", h.ClientToken());

        SpecSchemas.AssertResponseConforms(json, "get-available-markets");
        Assert.Equal(h.Emulator.Catalog.Markets, json.GetProperty("markets").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("SE", h.Emulator.Catalog.Markets);
    }

    [Fact]
    public async Task GetAvailableMarkets_ExpiredOrMissingToken_401()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/markets", "not-a-token");

        Assert.Equal(401, (int)response.StatusCode);
    }
}
