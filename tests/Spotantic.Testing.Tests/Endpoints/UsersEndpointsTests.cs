using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class UsersEndpointsTests
{
    [Fact]
    public async Task GetMe_WithoutEmailOrPrivateScope_SucceedsAndOmitsThoseFields()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/me", h.UserToken());

        SpecSchemas.AssertConforms(json, "PrivateUserObject");
        Assert.Equal(h.DemoUser.Id, json.GetProperty("id").GetString());
        Assert.Equal(h.DemoUser.AccountId, json.GetProperty("account_id").GetString());
        Assert.False(json.TryGetProperty("email", out _));
        Assert.False(json.TryGetProperty("country", out _));
        Assert.False(json.TryGetProperty("product", out _));
    }

    [Fact]
    public async Task GetMe_WithEmailAndPrivateScopes_IncludesThem()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/me", h.UserToken("user-read-email", "user-read-private"));

        SpecSchemas.AssertConforms(json, "PrivateUserObject");
        Assert.Equal("demo@example.com", json.GetProperty("email").GetString());
        Assert.Equal("US", json.GetProperty("country").GetString());
        Assert.Equal("premium", json.GetProperty("product").GetString());
        Assert.False(json.GetProperty("explicit_content").GetProperty("filter_enabled").GetBoolean());
    }
}
