using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;

namespace Spotantic.Core.Tests.Auth;

public sealed class SpotifyAuthorizationServiceTests : IDisposable
{
    private const string RedirectUri = "http://127.0.0.1:8000/callback";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly StubHttpMessageHandler _stub = new();
    private readonly InMemorySpotifyTokenStore _store = new();
    private readonly List<IDisposable> _disposables = [];

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        _stub.Dispose();
    }

    [Fact]
    public void CreateAuthorizationRequest_Pkce_UrlCarriesEveryParameterAndMatchingChallenge()
    {
        var service = Create(SpotifyAuthFlow.AuthorizationCodePkce);

        var request = service.CreateAuthorizationRequest();

        Assert.Equal("https://accounts.test/authorize", request.AuthorizationUri.GetLeftPart(UriPartial.Path));
        var query = Query(request.AuthorizationUri);
        Assert.Equal(TestOptions.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(RedirectUri, query["redirect_uri"]);
        Assert.Equal(request.State, query["state"]);
        Assert.Equal("user-library-read user-library-modify", query["scope"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.NotNull(request.CodeVerifier);
        Assert.InRange(request.CodeVerifier.Length, 43, 128);
        var expectedChallenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(request.CodeVerifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(expectedChallenge, query["code_challenge"]);
        Assert.False(query.ContainsKey("show_dialog"));
        Assert.DoesNotContain(request.CodeVerifier, request.AuthorizationUri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(RedirectUri, request.RedirectUri);
    }

    [Fact]
    public void CreateAuthorizationRequest_AuthorizationCodeFlow_NoChallengeNoVerifierNoSecret()
    {
        var service = Create(SpotifyAuthFlow.AuthorizationCode);

        var request = service.CreateAuthorizationRequest();

        var query = Query(request.AuthorizationUri);
        Assert.Null(request.CodeVerifier);
        Assert.False(query.ContainsKey("code_challenge"));
        Assert.False(query.ContainsKey("code_challenge_method"));
        Assert.Equal("code", query["response_type"]);
        Assert.DoesNotContain(TestOptions.ClientSecret, request.AuthorizationUri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateAuthorizationRequest_ExplicitScopesAndShowDialog_OverrideConfiguration()
    {
        var service = Create(SpotifyAuthFlow.AuthorizationCodePkce);

        var request = service.CreateAuthorizationRequest(["playlist-read-private", "user-top-read"], showDialog: true);

        var query = Query(request.AuthorizationUri);
        Assert.Equal("playlist-read-private user-top-read", query["scope"]);
        Assert.Equal("true", query["show_dialog"]);
    }

    [Fact]
    public void CreateAuthorizationRequest_TwoRequests_FreshStateAndVerifier()
    {
        var service = Create(SpotifyAuthFlow.AuthorizationCodePkce);

        var first = service.CreateAuthorizationRequest();
        var second = service.CreateAuthorizationRequest();

        Assert.NotEqual(first.State, second.State);
        Assert.NotEqual(first.CodeVerifier, second.CodeVerifier);
    }

    [Fact]
    public void CreateAuthorizationRequest_ClientCredentialsFlow_InvalidOperation()
    {
        var service = Create(SpotifyAuthFlow.ClientCredentials);

        var exception = Assert.Throws<InvalidOperationException>(() => service.CreateAuthorizationRequest());

        Assert.Contains("Spotantic:Auth:Flow", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAuthorizationAsync_StateMismatch_ThrowsAndRequestsNoToken()
    {
        var service = Create(SpotifyAuthFlow.AuthorizationCodePkce);
        var request = service.CreateAuthorizationRequest();

        await Assert.ThrowsAsync<SpotifyStateMismatchException>(
            () => service.CompleteAuthorizationAsync(request, new Dictionary<string, string?> { ["code"] = "the-code", ["state"] = request.State + "x" }));

        Assert.Equal(0, _stub.RequestCount);
        Assert.Null(await _store.GetAsync(SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task CompleteAuthorizationAsync_StateMissing_ThrowsStateMismatch()
    {
        var service = Create(SpotifyAuthFlow.AuthorizationCodePkce);
        var request = service.CreateAuthorizationRequest();

        await Assert.ThrowsAsync<SpotifyStateMismatchException>(
            () => service.CompleteAuthorizationAsync(request, new Dictionary<string, string?> { ["code"] = "the-code" }));

        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task CompleteAuthorizationAsync_AccessDenied_ThrowsDenied()
    {
        var service = Create(SpotifyAuthFlow.AuthorizationCodePkce);
        var request = service.CreateAuthorizationRequest();

        var exception = await Assert.ThrowsAsync<SpotifyAuthorizationDeniedException>(
            () => service.CompleteAuthorizationAsync(request, new Dictionary<string, string?> { ["error"] = "access_denied", ["state"] = request.State }));

        Assert.Equal("access_denied", exception.Error);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task CompleteAuthorizationAsync_NeitherCodeNorError_ThrowsAuthorizationException()
    {
        var service = Create(SpotifyAuthFlow.AuthorizationCodePkce);
        var request = service.CreateAuthorizationRequest();

        var exception = await Assert.ThrowsAsync<SpotifyAuthorizationException>(
            () => service.CompleteAuthorizationAsync(request, new Dictionary<string, string?> { ["state"] = request.State }));

        Assert.Equal(typeof(SpotifyAuthorizationException), exception.GetType());
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task CompleteAuthorizationAsync_GoodCode_ExchangesWithVerifierAndStoresToken()
    {
        _stub.Enqueue(() => StubResponses.Token("user-access", refreshToken: "user-refresh", scope: "user-library-read"));
        var service = Create(SpotifyAuthFlow.AuthorizationCodePkce);
        var request = service.CreateAuthorizationRequest();

        var token = await service.CompleteAuthorizationAsync(request, new Dictionary<string, string?> { ["code"] = "the-code", ["state"] = request.State });

        Assert.Equal("user-access", token.AccessToken);
        var stored = await _store.GetAsync(SpotifyTokenKeys.Default);
        Assert.Equal("user-access", stored?.AccessToken);
        Assert.Equal("user-refresh", stored?.RefreshToken);
        var sent = Assert.Single(_stub.Requests);
        Assert.Equal("the-code", sent.Form["code"]);
        Assert.Equal(request.CodeVerifier, sent.Form["code_verifier"]);
        Assert.Equal(RedirectUri, sent.Form["redirect_uri"]);
    }

    [Fact]
    public async Task CompleteAuthorizationAsync_CodeRefused_TokenRequestExceptionAndNothingStored()
    {
        _stub.Enqueue(() => StubResponses.OAuthError("invalid_grant", "Invalid authorization code"));
        var service = Create(SpotifyAuthFlow.AuthorizationCode);
        var request = service.CreateAuthorizationRequest();

        var exception = await Assert.ThrowsAsync<SpotifyTokenRequestException>(
            () => service.CompleteAuthorizationAsync(request, new Dictionary<string, string?> { ["code"] = "stale-code", ["state"] = request.State }));

        Assert.Equal("invalid_grant", exception.Error);
        Assert.DoesNotContain("stale-code", exception.Message, StringComparison.Ordinal);
        Assert.Null(await _store.GetAsync(SpotifyTokenKeys.Default));
    }

    private SpotifyAuthorizationService Create(SpotifyAuthFlow flow)
    {
        var options = TestOptions.Create(flow, scope: "user-library-read user-library-modify");
        var accounts = new SpotifyAccountsClient(() => new HttpClient(_stub, disposeHandler: false), options, _time, NullLogger<SpotifyAccountsClient>.Instance);
        var managers = new SpotifyTokenManagerProvider(accounts, _store, options, _time, NullLogger<SpotifyTokenManager>.Instance);
        _disposables.Add(managers);
        return new SpotifyAuthorizationService(accounts, managers, static () => SpotifyTokenKeys.Default, new NoBrowser(), options, _time, NullLogger<SpotifyAuthorizationService>.Instance);
    }

    private static Dictionary<string, string> Query(Uri uri) =>
        QueryHelpers.ParseQuery(uri.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);

    private sealed class NoBrowser : ISpotifyBrowserLauncher
    {
        public Task<bool> OpenAsync(Uri uri, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }
}
