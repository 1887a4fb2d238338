using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;

#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.

namespace Spotantic.EndToEnd.Tests.Markets;

public sealed class MarketsEndToEndTests
{
    [Fact]
    public async Task GetAvailableMarketsAsync_ClientCredentials_TheEmulatorsMarkets()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();

        var result = await session.Get<IMarketsClient>().GetAvailableMarketsAsync();

        Assert.Equal(session.Emulator.Catalog.Markets, result.Data.Markets);
        Assert.Equal(1, session.Emulator.RequestLog.Count("GET", "/v1/markets"));
    }

    [Fact]
    public async Task GetAvailableMarketsAsync_UserWithNoScopes_Served()
    {
        await using var session = await EmulatorSession.StartAsync("user-read-private");

        var result = await session.Client.Markets.GetAvailableMarketsAsync();

        Assert.Contains(session.User.Country, result.Data.Markets);
    }
}
