using System.Net;
using System.Net.Sockets;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests;

public sealed class SpotifyEmulatorTests
{
    [Fact]
    public async Task StartAsync_PortZero_ListensOnLoopbackWithBothBaseAddresses()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();

        Assert.Equal("127.0.0.1", emulator.BaseAddress.Host);
        Assert.NotEqual(0, emulator.Port);
        Assert.EndsWith("/v1/", emulator.ApiBaseAddress.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(emulator.BaseAddress, emulator.AccountsBaseAddress);
        Assert.EndsWith("/", emulator.AccountsBaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_StopsTheServerAndFreesThePort()
    {
        var emulator = await SpotifyEmulator.StartAsync();
        var port = emulator.Port;

        await emulator.DisposeAsync();

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(emulator.ApiBaseAddress));
    }

    [Fact]
    public async Task StartAsync_GivenPort_ListensOnIt()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        await using var emulator = await SpotifyEmulator.StartAsync(new SpotifyEmulatorOptions { Port = port });

        Assert.Equal(port, emulator.Port);
    }

    [Fact]
    public async Task RegisterApp_Twice_Throws_AndToStringHidesTheSecret()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();

        var app = emulator.RegisterApp("id", "very-secret", "http://127.0.0.1:1234/cb");

        Assert.Throws<InvalidOperationException>(() => emulator.RegisterApp("id", "x"));
        Assert.DoesNotContain("very-secret", app.ToString(), StringComparison.Ordinal);
        Assert.Same(app, emulator.FindApp("id"));
    }

    [Fact]
    public async Task AddUser_SignsInAtAuthorizeWhenSelected()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("second.user", "Second", country: "SE", product: "free");
        h.Emulator.Accounts.SignedInUserId = user.Id;

        var token = await OAuthClient.PkceLoginAsync(h.Http, EmulatorHarness.ClientId, EmulatorHarness.RedirectUri, "user-read-private");
        var me = await h.GetJsonAsync("v1/me", token.GetProperty("access_token").GetString());

        Assert.Equal("second.user", me.GetProperty("id").GetString());
        Assert.Equal("SE", me.GetProperty("country").GetString());
        Assert.Equal("free", me.GetProperty("product").GetString());
        Assert.Equal(0, user.Library.Count(EmulatorItemType.Track));
    }
}
