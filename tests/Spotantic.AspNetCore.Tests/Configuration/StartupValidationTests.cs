using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.AspNetCore.Tests.Support;
using Spotantic.Testing;

namespace Spotantic.AspNetCore.Tests.Configuration;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task Start_ClientCredentialsFlow_FailsNamingFlow()
    {
        var message = await StartFailureAsync(new Dictionary<string, string?>
        {
            ["Spotantic:Auth:Flow"] = "ClientCredentials",
            ["Spotantic:Auth:ClientSecret"] = TestWebApp.ClientSecret,
        });

        Assert.Contains("Spotantic:Auth:Flow is ClientCredentials", message, StringComparison.Ordinal);
        Assert.Contains("AuthorizationCodePkce", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoClientId_ReportsOnlyTheSpotanticKey()
    {
        var message = await StartFailureAsync(new Dictionary<string, string?> { ["Spotantic:Auth:ClientId"] = null });

        Assert.Contains("Spotantic:Auth:ClientId is required", message, StringComparison.Ordinal);
        Assert.DoesNotContain("'ClientId' option must be provided", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ListeningOnLocalhost_FailsNamingTheCallback()
    {
        var message = await StartFailureAsync(new Dictionary<string, string?> { ["urls"] = "http://localhost:5080" });

        Assert.Contains("http://localhost:5080/signin-spotify", message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PlainHttpRedirectUriOnPublicHost_Fails()
    {
        var message = await StartFailureAsync(configure: options => options.RedirectUri = "http://app.example.com/signin-spotify");

        Assert.Contains("RedirectUri 'http://app.example.com/signin-spotify'", message, StringComparison.Ordinal);
        Assert.Contains("https", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RedirectUriOffTheCallbackPath_Fails()
    {
        var message = await StartFailureAsync(configure: options => options.RedirectUri = "https://app.example.com/callback");

        Assert.Contains("CallbackPath '/signin-spotify'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SaveTokensOn_Fails()
    {
        var message = await StartFailureAsync(configure: options => options.SaveTokens = true);

        Assert.Contains("SaveTokens", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SchemeNamesUnregisteredApp_FailsNamingTheApp()
    {
        var message = await StartFailureAsync(configure: options => options.SpotanticAppName = "nope");

        Assert.Contains("'nope'", message, StringComparison.Ordinal);
        Assert.Contains("AddSpotantic(\"nope\", ...)", message, StringComparison.Ordinal);

        // The missing app is the one problem reported, not the client ID it would have supplied.
        Assert.DoesNotContain("'ClientId' option must be provided", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoAddSpotanticAtAll_FailsTellingToCallAddSpotantic()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Logging.AddFilter(_ => false);
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = SpotifyAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddSpotify();
        await using var app = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("services.AddSpotantic", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'Spotify'", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'ClientId' option must be provided", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ValidSettings_Starts()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator, configure: options => options.RedirectUri = "https://app.example.com/signin-spotify");

        Assert.True(web.App.Lifetime.ApplicationStarted.IsCancellationRequested);
    }

    private static async Task<string> StartFailureAsync(IDictionary<string, string?>? settings = null, Action<SpotifyAuthenticationOptions>? configure = null)
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var app = TestWebApp.Build(emulator, settings, configure);
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        return exception.Message;
    }
}
