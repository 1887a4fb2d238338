using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;

namespace Spotantic.Core.Tests.Auth;

public sealed class SpotifyAccountsClientTests : IDisposable
{
    private static readonly string ExpectedBasic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestOptions.ClientId}:{TestOptions.ClientSecret}"));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly StubHttpMessageHandler _stub = new();

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task RequestClientCredentialsAsync_Always_PostsFormWithBasicAuth()
    {
        _stub.Enqueue(() => StubResponses.Token("cc"));

        var token = await Create(SpotifyAuthFlow.ClientCredentials).RequestClientCredentialsAsync(CancellationToken.None);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(TestOptions.TokenEndpoint, sent.RequestUri);
        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Equal("Basic", sent.Authorization?.Scheme);
        Assert.Equal(ExpectedBasic, sent.Authorization?.Parameter);
        Assert.Equal(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, sent.Form);
        Assert.Equal("cc", token.AccessToken);
    }

    [Fact]
    public async Task ExchangeCodeAsync_AuthorizationCodeFlow_BasicAuthAndNoClientIdOrVerifier()
    {
        _stub.Enqueue(() => StubResponses.Token("user", refreshToken: "refresh", scope: "user-library-read"));

        await Create(SpotifyAuthFlow.AuthorizationCode).ExchangeCodeAsync("the-code", "http://127.0.0.1:8000/callback", null, CancellationToken.None);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal("Basic", sent.Authorization?.Scheme);
        Assert.Equal(ExpectedBasic, sent.Authorization?.Parameter);
        Assert.Equal("authorization_code", sent.Form["grant_type"]);
        Assert.Equal("the-code", sent.Form["code"]);
        Assert.Equal("http://127.0.0.1:8000/callback", sent.Form["redirect_uri"]);
        Assert.False(sent.Form.ContainsKey("client_id"));
        Assert.False(sent.Form.ContainsKey("code_verifier"));
    }

    [Fact]
    public async Task ExchangeCodeAsync_PkceFlow_ClientIdAndVerifierInBodyWithoutAuthorizationHeader()
    {
        _stub.Enqueue(() => StubResponses.Token("user", refreshToken: "refresh"));

        await Create(SpotifyAuthFlow.AuthorizationCodePkce).ExchangeCodeAsync("the-code", "http://127.0.0.1:8000/callback", "the-verifier", CancellationToken.None);

        var sent = Assert.Single(_stub.Requests);
        Assert.Null(sent.Authorization);
        Assert.Equal("authorization_code", sent.Form["grant_type"]);
        Assert.Equal("the-code", sent.Form["code"]);
        Assert.Equal("http://127.0.0.1:8000/callback", sent.Form["redirect_uri"]);
        Assert.Equal("the-verifier", sent.Form["code_verifier"]);
        Assert.Equal(TestOptions.ClientId, sent.Form["client_id"]);
        Assert.DoesNotContain(TestOptions.ClientSecret, sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangeCodeAsync_PkceFlowWithoutVerifier_ThrowsAndSendsNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => Create(SpotifyAuthFlow.AuthorizationCodePkce).ExchangeCodeAsync("the-code", "http://127.0.0.1:8000/callback", null, CancellationToken.None));

        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task RefreshAsync_PkceFlow_ClientIdInBodyWithoutAuthorizationHeader()
    {
        _stub.Enqueue(() => StubResponses.Token("fresh"));

        await Create(SpotifyAuthFlow.AuthorizationCodePkce).RefreshAsync("refresh-1", CancellationToken.None);

        var sent = Assert.Single(_stub.Requests);
        Assert.Null(sent.Authorization);
        Assert.Equal(
            new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = "refresh-1", ["client_id"] = TestOptions.ClientId },
            sent.Form);
    }

    [Fact]
    public async Task RefreshAsync_AuthorizationCodeFlow_BasicAuth()
    {
        _stub.Enqueue(() => StubResponses.Token("fresh"));

        await Create(SpotifyAuthFlow.AuthorizationCode).RefreshAsync("refresh-1", CancellationToken.None);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(ExpectedBasic, sent.Authorization?.Parameter);
        Assert.Equal(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = "refresh-1" }, sent.Form);
    }

    [Fact]
    public async Task RequestClientCredentialsAsync_Success_ExpiresAtFromClockAndLifetime()
    {
        _stub.Enqueue(() => StubResponses.Token("cc", expiresIn: 1800));

        var token = await Create(SpotifyAuthFlow.ClientCredentials).RequestClientCredentialsAsync(CancellationToken.None);

        Assert.Equal(1800, token.ExpiresIn);
        Assert.Equal(_time.GetUtcNow().AddSeconds(1800).ToUnixTimeSeconds(), token.ExpiresAt);
    }

    [Fact]
    public async Task RequestClientCredentialsAsync_LowercaseBearer_Accepted()
    {
        _stub.EnqueueJson("""{"access_token":"cc","token_type":"bearer","expires_in":3600}""");

        var token = await Create(SpotifyAuthFlow.ClientCredentials).RequestClientCredentialsAsync(CancellationToken.None);

        Assert.Equal("bearer", token.TokenType);
    }

    [Fact]
    public async Task RequestClientCredentialsAsync_Rfc6749Error_TokenRequestExceptionWithDetails()
    {
        _stub.Enqueue(() => StubResponses.OAuthError("invalid_client", "Invalid client secret"));

        var exception = await Assert.ThrowsAsync<SpotifyTokenRequestException>(
            () => Create(SpotifyAuthFlow.ClientCredentials).RequestClientCredentialsAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("invalid_client", exception.Error);
        Assert.Equal("Invalid client secret", exception.ErrorDescription);
        Assert.Contains("Spotantic:Auth:ClientSecret", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestOptions.ClientSecret, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestClientCredentialsAsync_PlainTextError_TokenRequestExceptionWithText()
    {
        _stub.Enqueue(HttpStatusCode.ServiceUnavailable, "upstream unavailable", "text/plain");

        var exception = await Assert.ThrowsAsync<SpotifyTokenRequestException>(
            () => Create(SpotifyAuthFlow.ClientCredentials).RequestClientCredentialsAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Null(exception.Error);
        Assert.Equal("upstream unavailable", exception.ErrorDescription);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("{\"token_type\":\"Bearer\",\"expires_in\":3600}")]
    [InlineData("{\"access_token\":\"cc\",\"token_type\":\"Bearer\"}")]
    [InlineData("{\"access_token\":\"cc\",\"expires_in\":0}")]
    public async Task RequestClientCredentialsAsync_SuccessWithoutUsableToken_TokenRequestException(string body)
    {
        _stub.Enqueue(HttpStatusCode.OK, body);

        var exception = await Assert.ThrowsAsync<SpotifyTokenRequestException>(
            () => Create(SpotifyAuthFlow.ClientCredentials).RequestClientCredentialsAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
    }

    private SpotifyAccountsClient Create(SpotifyAuthFlow flow) =>
        new(() => new HttpClient(_stub, disposeHandler: false), TestOptions.Create(flow), _time, NullLogger<SpotifyAccountsClient>.Instance);
}
