using System.Text;
using Microsoft.Extensions.Configuration;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Configuration;

public sealed class SpotanticConfigurationBindingTests
{
    private const string FullJson = """
        {
          "Logging": { "LogLevel": { "Default": "Warning" } },
          "Spotantic": {
            "Auth": {
              "ClientId": "5fe01282e44241328a84e7c5cc169165",
              "ClientSecret": "c0ffee5ecret9d8e7f6a5b4c3d2e1f00",
              "RedirectUri": "https://app.example.com/spotify/callback",
              "Scope": "user-library-read user-library-modify",
              "Flow": "ClientCredentials",
              "StoreAccessToken": true,
              "AccessTokenFilePath": "/var/cache/spotantic/token.json",
              "AllowLazyRefresh": false,
              "RefreshMargin": "00:02:30",
              "AuthorizationTimeout": "00:01:15"
            },
            "Client": {
              "MaxAttempts": 5,
              "CheckInsufficientScope": false,
              "ApiBaseAddress": "http://127.0.0.1:5055/v1/",
              "AccountsBaseAddress": "http://127.0.0.1:5056/",
              "AttemptTimeout": "00:00:07",
              "TotalTimeout": "00:00:45",
              "MaxRetryAfter": "00:00:12",
              "RetryBaseDelay": "00:00:00.250"
            },
            "Logging": {
              "Enable": false,
              "Debug": true,
              "LogsDir": "/var/log/spotantic"
            }
          }
        }
        """;

    [Fact]
    public async Task AddSpotantic_JsonWithEveryKey_BindsEveryValue()
    {
        var options = await SpotanticOptionsBinder.BindAsync(SpotanticOptionsBinder.FromJson(FullJson));

        Assert.Equal("5fe01282e44241328a84e7c5cc169165", options.Auth.ClientId);
        Assert.Equal("c0ffee5ecret9d8e7f6a5b4c3d2e1f00", options.Auth.ClientSecret);
        Assert.Equal("https://app.example.com/spotify/callback", options.Auth.RedirectUri);
        Assert.Equal("user-library-read user-library-modify", options.Auth.Scope);
        Assert.Equal(SpotifyAuthFlow.ClientCredentials, options.Auth.Flow);
        Assert.True(options.Auth.StoreAccessToken);
        Assert.Equal("/var/cache/spotantic/token.json", options.Auth.AccessTokenFilePath);
        Assert.False(options.Auth.AllowLazyRefresh);
        Assert.Equal(new TimeSpan(0, 2, 30), options.Auth.RefreshMargin);
        Assert.Equal(new TimeSpan(0, 1, 15), options.Auth.AuthorizationTimeout);

        Assert.Equal(5, options.Client.MaxAttempts);
        Assert.False(options.Client.CheckInsufficientScope);
        Assert.Equal(new Uri("http://127.0.0.1:5055/v1/"), options.Client.ApiBaseAddress);
        Assert.Equal(new Uri("http://127.0.0.1:5056/"), options.Client.AccountsBaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Client.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(45), options.Client.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(12), options.Client.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Client.RetryBaseDelay);

        Assert.False(options.Logging.Enable);
        Assert.True(options.Logging.Debug);
        Assert.Equal("/var/log/spotantic", options.Logging.LogsDir);
    }

    [Fact]
    public async Task AddSpotantic_JsonWithOnlyClientId_KeepsDefaults()
    {
        var options = await SpotanticOptionsBinder.BindAsync(SpotanticOptionsBinder.FromJson("""{ "Spotantic": { "Auth": { "ClientId": "5fe01282e44241328a84e7c5cc169165" } } }"""));

        Assert.Equal("5fe01282e44241328a84e7c5cc169165", options.Auth.ClientId);
        Assert.Null(options.Auth.ClientSecret);
        Assert.Equal("http://127.0.0.1:8000/callback", options.Auth.RedirectUri);
        Assert.Equal(SpotifyAuthFlow.AuthorizationCodePkce, options.Auth.Flow);
        Assert.False(options.Auth.StoreAccessToken);
        Assert.Equal(".token_info_cache", options.Auth.AccessTokenFilePath);
        Assert.True(options.Auth.AllowLazyRefresh);
        Assert.Equal(3, options.Client.MaxAttempts);
        Assert.True(options.Client.CheckInsufficientScope);
        Assert.Equal(new Uri("https://api.spotify.com/v1/"), options.Client.ApiBaseAddress);
        Assert.Equal(new Uri("https://accounts.spotify.com/"), options.Client.AccountsBaseAddress);
        Assert.True(options.Logging.Enable);
        Assert.False(options.Logging.Debug);
        Assert.Null(options.Logging.LogsDir);
    }

    [Theory]
    [InlineData("ClientCredentials", SpotifyAuthFlow.ClientCredentials)]
    [InlineData("AuthorizationCode", SpotifyAuthFlow.AuthorizationCode)]
    [InlineData("AuthorizationCodePkce", SpotifyAuthFlow.AuthorizationCodePkce)]
    [InlineData("authorizationcode", SpotifyAuthFlow.AuthorizationCode)]
    public async Task AddSpotantic_FlowName_BindsFlow(string value, SpotifyAuthFlow expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Spotantic:Auth:ClientId"] = "5fe01282e44241328a84e7c5cc169165",
            ["Spotantic:Auth:ClientSecret"] = "c0ffee5ecret9d8e7f6a5b4c3d2e1f00",
            ["Spotantic:Auth:Flow"] = value,
        }).Build();

        var options = await SpotanticOptionsBinder.BindAsync(configuration);

        Assert.Equal(expected, options.Auth.Flow);
    }

    [Fact]
    public async Task AddSpotantic_LaterSourceOverridesEarlier_LaterValueBound()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(FullJson)))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Spotantic:Client:MaxAttempts"] = "9" })
            .Build();

        var options = await SpotanticOptionsBinder.BindAsync(configuration);

        Assert.Equal(9, options.Client.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Client.AttemptTimeout);
    }
}
