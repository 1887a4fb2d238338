using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;

namespace Spotantic.EndToEnd.Tests.MultiUser;

/// <summary>The web flow for one key: the authorization started for a key completes into that key only.</summary>
public sealed class PerKeyAuthorizationTests
{
    [Fact]
    public async Task CompleteAuthorizationAsync_RequestStartedForKey_StoresTokenUnderThatKeyOnly()
    {
        await using var session = await MultiUserSession.StartAsync();
        var authorization = session.Factory.ForUser("web-user-1").Authorization;

        var request = authorization.CreateAuthorizationRequest(["user-read-private"]);
        var callback = await FollowAuthorizeAsync(request.AuthorizationUri);
        var token = await authorization.CompleteAuthorizationAsync(request, callback);

        Assert.Equal("web-user-1", request.TokenKey);
        Assert.Equal(token.AccessToken, (await session.Store.GetAsync("web-user-1"))?.AccessToken);
        Assert.Null(await session.Store.GetAsync(SpotifyTokenKeys.Default));
        var profile = await session.Factory.ForUser("web-user-1").Users.GetCurrentUserProfileAsync();
        Assert.Equal(session.Emulator.DemoUser!.Id, profile.Data.Id);
    }

    [Fact]
    public async Task CreateAuthorizationRequest_InjectedService_UsesTheCurrentKey()
    {
        await using var session = await MultiUserSession.StartAsync();
        session.Accessor.Set("web-user-2");

        var request = session.Services.GetRequiredService<ISpotifyAuthorizationService>().CreateAuthorizationRequest();

        Assert.Equal("web-user-2", request.TokenKey);
        Assert.DoesNotContain("web-user-2", request.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForUser_HandlerAddedToApiHttpClient_SeesEveryUsersRequests()
    {
        var seen = new List<string>();
        await using var session = await MultiUserSession.StartAsync(configureBuilder: builder =>
            builder.ApiHttpClient.AddHttpMessageHandler(() => new RecordingHandler(seen)));
        await session.SignInAsync("alice");
        await session.SignInAsync("bob");

        await session.Factory.ForUser("alice").Users.GetCurrentUserProfileAsync();
        await session.Factory.ForUser("bob").Users.GetCurrentUserProfileAsync();

        Assert.Equal(["alice", "bob"], seen);
    }

    private static async Task<IReadOnlyDictionary<string, string?>> FollowAuthorizeAsync(Uri authorizationUri)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await browser.GetAsync(authorizationUri);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.Ordinal);
    }

    /// <summary>An app's own handler: records whose request it saw, from the metadata the request carries.</summary>
    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(Http.SpotifyRequestMetadata.From(request)!.TokenKey);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
