using Microsoft.Extensions.DependencyInjection;
using Spotantic.AspNetCore.Tests.Support;
using Spotantic.Auth;
using Spotantic.Testing;

namespace Spotantic.AspNetCore.Tests.TokenKeys;

public sealed class TokenKeyAccessorTests
{
    [Fact]
    public async Task TokenKey_OutsideRequest_IsDefault()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);

        Assert.Equal(SpotifyTokenKeys.Default, web.App.Services.GetRequiredService<ISpotifyTokenKeyAccessor>().TokenKey);
    }

    [Fact]
    public async Task ForUser_SignedInUsersKey_ActsForThatUserOutsideRequest()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();
        await web.SignInAsync(browser);
        var key = web.ReadTicket(browser)!.Principal.FindFirst(SpotifyClaimTypes.TokenKey)!.Value;

        // As a background job would: no HttpContext, the key saved from the user's claims.
        var me = (await web.App.Services.GetRequiredService<ISpotifyClientFactory>().ForUser(key).Users.GetCurrentUserProfileAsync()).Data;

        Assert.Equal(emulator.DemoUser!.Id, me.Id);
    }
}
