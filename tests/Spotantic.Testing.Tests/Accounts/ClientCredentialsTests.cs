using System.Net;
using Spotantic.Testing.Tests.Support;
using static Spotantic.Testing.Tests.Support.OAuthClient;

namespace Spotantic.Testing.Tests.Accounts;

public sealed class ClientCredentialsTests
{
    [Fact]
    public async Task ClientCredentials_ValidSecret_IssuesAppTokenWithoutRefreshToken()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, (EmulatorHarness.ClientId, EmulatorHarness.ClientSecret));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.False(body.TryGetProperty("refresh_token", out _));
        var album = h.Emulator.Catalog.Albums[0];
        var json = await h.GetJsonAsync("v1/albums/" + album.Id, body.GetProperty("access_token").GetString());
        Assert.Equal(album.Name, json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ClientCredentials_TokenOnUserEndpoint_Is401ValidUserAuthenticationRequired()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/albums", h.ClientToken());

        Assert.Equal("Valid user authentication required", await EmulatorHarness.ReadApiErrorAsync(response, 401));
    }

    [Fact]
    public async Task ClientCredentials_WrongSecret_IsInvalidClient()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, (EmulatorHarness.ClientId, "wrong"));

        AssertTokenError(status, body, "invalid_client", "Invalid client secret");
    }

    [Fact]
    public async Task ClientCredentials_UnknownClient_IsInvalidClient()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, ("nobody", "x"));

        AssertTokenError(status, body, "invalid_client", "Invalid client");
    }

    [Theory]
    [InlineData("", "grant_type parameter is missing")]
    [InlineData("password", "grant_type must be client_credentials, authorization_code or refresh_token")]
    public async Task Token_MissingOrUnknownGrantType_IsUnsupportedGrantType(string grantType, string description)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var form = grantType.Length == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["grant_type"] = grantType };

        var (status, body) = await TokenAsync(h.Http, form, (EmulatorHarness.ClientId, EmulatorHarness.ClientSecret));

        AssertTokenError(status, body, "unsupported_grant_type", description);
    }
}
