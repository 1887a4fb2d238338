using Microsoft.Extensions.DependencyInjection;
using Spotantic.Clients;
using Spotantic.Exceptions;

namespace Spotantic.EndToEnd.Tests.MultiUser;

/// <summary>Many users in one container: every request carries the token of the user it was made for.</summary>
public sealed class MultiUserIsolationTests
{
    private static readonly string[] Users = ["alice", "bob", "carol"];

    [Fact]
    public async Task GetCurrentUserProfileAsync_ThreeUsersThreeThousandInterleavedCalls_NoCrossUserRequest()
    {
        await using var session = await MultiUserSession.StartAsync();
        foreach (var user in Users)
        {
            await session.SignInAsync(user);
        }

        var injected = session.Services.GetRequiredService<IUsersClient>();
        using var inFlight = new SemaphoreSlim(64);
        var calls = Enumerable.Range(0, 3000).Select(i => Task.Run(async () =>
        {
            var user = Users[i % Users.Length];
            await inFlight.WaitAsync();
            try
            {
                if (i % 2 == 0)
                {
                    // As a web request would: the current key is the signed-in user of this flow.
                    session.Accessor.Set(user);
                    return (user, (await injected.GetCurrentUserProfileAsync()).Data.Id);
                }

                return (user, (await session.Factory.ForUser(user).Users.GetCurrentUserProfileAsync()).Data.Id);
            }
            finally
            {
                inFlight.Release();
            }
        }));

        var results = await Task.WhenAll(calls);

        Assert.All(results, result => Assert.Equal(result.user, result.Item2));
        var requests = session.Emulator.RequestLog.Find("GET", "/v1/me");
        Assert.Equal(3000, requests.Count);
        var byUser = requests.GroupBy(session.UserOf).ToDictionary(g => g.Key ?? "(unknown)", g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["alice"] = 1000, ["bob"] = 1000, ["carol"] = 1000 }, byUser);
        Assert.Equal(0, session.Emulator.RequestLog.Count("POST", "/api/token"));
    }

    [Fact]
    public async Task GetCurrentUserProfileAsync_OneUsersRefreshTokenRevoked_OnlyThatUserMustSignInAgain()
    {
        await using var session = await MultiUserSession.StartAsync();
        var alice = await session.SignInAsync("alice");
        var bob = await session.SignInAsync("bob");
        var carol = await session.SignInAsync("carol");
        session.Emulator.Accounts.ExpireAccessToken(bob.AccessToken);
        session.Emulator.Accounts.RevokeRefreshToken(bob.RefreshToken!);

        var failure = await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => session.Factory.ForUser("bob").Users.GetCurrentUserProfileAsync());
        var aliceProfile = await session.Factory.ForUser("alice").Users.GetCurrentUserProfileAsync();
        session.Accessor.Set("carol");
        var carolProfile = await session.Services.GetRequiredService<IUsersClient>().GetCurrentUserProfileAsync();

        Assert.Equal("bob", failure.TokenKey);
        Assert.Null(await session.Store.GetAsync("bob"));
        Assert.Equal("alice", aliceProfile.Data.Id);
        Assert.Equal("carol", carolProfile.Data.Id);
        Assert.Equal(alice.AccessToken, (await session.Store.GetAsync("alice"))?.AccessToken);
        Assert.Equal(carol.AccessToken, (await session.Store.GetAsync("carol"))?.AccessToken);
        // Bob's one refresh attempt, nobody else's.
        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", "/api/token"));
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => session.Factory.ForUser("bob").Users.GetCurrentUserProfileAsync());
    }

    [Fact]
    public async Task InjectedClient_KeyWithoutToken_AuthorizationRequiredAndNothingSent()
    {
        await using var session = await MultiUserSession.StartAsync();
        await session.SignInAsync("alice");
        session.Accessor.Set("mallory");

        var failure = await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => session.Services.GetRequiredService<IAlbumsClient>().GetUserSavedAlbumsAsync());

        Assert.Equal("mallory", failure.TokenKey);
        Assert.Equal(0, session.Emulator.RequestLog.Count("GET", "/v1/me/albums"));
    }

    [Fact]
    public async Task GetCurrentUserProfileAsync_HundredUsersAllExpiredTenCallsEach_OneRefreshPerUser()
    {
        await using var session = await MultiUserSession.StartAsync();
        var users = Enumerable.Range(0, 100).Select(i => $"user-{i:D3}").ToArray();
        foreach (var user in users)
        {
            await session.SignInAsync(user, expired: true);
        }

        var results = await Task.WhenAll(users.SelectMany(user => Enumerable.Range(0, 10).Select(async _ =>
            (user, (await session.Factory.ForUser(user).Users.GetCurrentUserProfileAsync()).Data.Id))));

        Assert.Equal(1000, results.Length);
        Assert.All(results, result => Assert.Equal(result.user, result.Item2));
        Assert.Equal(100, session.Emulator.RequestLog.Count("POST", "/api/token"));
        Assert.Equal(1000, session.Emulator.RequestLog.Count("GET", "/v1/me"));
    }

    [Fact]
    public async Task SignOutAsync_OneUser_RemovesOnlyThatUsersToken()
    {
        await using var session = await MultiUserSession.StartAsync();
        await session.SignInAsync("alice");
        await session.SignInAsync("bob");

        await session.Factory.ForUser("alice").Authorization.SignOutAsync();

        Assert.Null(await session.Store.GetAsync("alice"));
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => session.Factory.ForUser("alice").Users.GetCurrentUserProfileAsync());
        Assert.Equal("bob", (await session.Factory.ForUser("bob").Users.GetCurrentUserProfileAsync()).Data.Id);
    }
}
