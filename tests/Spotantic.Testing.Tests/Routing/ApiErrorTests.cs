using System.Net.Http.Headers;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Routing;

public sealed class ApiErrorTests
{
    [Fact]
    public async Task NoToken_Is401NoTokenProvided()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/albums/" + h.Emulator.Catalog.Albums[0].Id, null);

        Assert.Equal("No token provided", await EmulatorHarness.ReadApiErrorAsync(response, 401));
    }

    [Fact]
    public async Task UnknownToken_Is401InvalidAccessToken()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me", "BQnot-a-token");

        Assert.Equal("Invalid access token", await EmulatorHarness.ReadApiErrorAsync(response, 401));
    }

    [Fact]
    public async Task BasicAuthorization_Is400OnlyBearer()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "eDp5");

        using var response = await h.Http.SendAsync(request);

        Assert.Equal("Only valid bearer authentication supported", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task MissingScope_Is403InsufficientClientScope()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/albums", h.UserToken("user-read-email"));

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(response, 403));
    }

    [Theory]
    [InlineData("v1/tracks/2KrxsD86ARO5beq7Q0Drfqa")]
    [InlineData("v1/albums/not-an-id")]
    [InlineData("v1/artists/abcdefghijklmnopqrstu_")]
    public async Task MalformedId_Is400InvalidId(string path)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync(path, h.ClientToken());

        Assert.Equal("invalid id", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Theory]
    [InlineData("v1/tracks/0000000000000000000000")]
    [InlineData("v1/albums/0000000000000000000000")]
    [InlineData("v1/artists/0000000000000000000000")]
    public async Task UnknownId_Is404(string path)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync(path, h.ClientToken());

        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(response, 404));
    }

    [Fact]
    public async Task UnknownPath_Is404ServiceNotFound()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/no/such/thing", h.ClientToken());

        Assert.Equal("Service not found", await EmulatorHarness.ReadApiErrorAsync(response, 404));
    }

    [Fact]
    public async Task TooManyIds_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ids = string.Join(',', h.Emulator.Catalog.Albums.Take(21).Select(a => a.Id));

        using var response = await h.GetAsync("v1/albums?ids=" + ids, h.ClientToken());

        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task UnknownMarket_Is400InvalidMarketCode()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/albums/" + h.Emulator.Catalog.Albums[0].Id + "?market=XX", h.ClientToken());

        Assert.Equal("Invalid market code", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }
}
