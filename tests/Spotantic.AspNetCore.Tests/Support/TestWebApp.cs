using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Testing;

namespace Spotantic.AspNetCore.Tests.Support;

/// <summary>A web app on 127.0.0.1 (Kestrel, port 0) that signs in with Spotify against an emulator.</summary>
internal sealed class TestWebApp : IAsyncDisposable
{
    public const string ClientId = "web-tests-client";
    public const string ClientSecret = "web-tests-secret-value";

    private TestWebApp(WebApplication app, SpotifyEmulator emulator)
    {
        App = app;
        Emulator = emulator;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public WebApplication App { get; }

    public SpotifyEmulator Emulator { get; }

    public Uri BaseAddress { get; }

    public Uri CallbackUri => new(BaseAddress, "signin-spotify");

    public Uri Url(string relative) => new(BaseAddress, relative);

    /// <summary>Builds the app; <paramref name="settings"/> override the Spotantic settings, <paramref name="configure"/> the Spotify scheme;
    /// <paramref name="configureBuilder"/> adds services (e.g. a named Spotantic app), <paramref name="configureApp"/> endpoints.</summary>
    public static WebApplication Build(SpotifyEmulator emulator, IDictionary<string, string?>? settings = null, Action<SpotifyAuthenticationOptions>? configure = null, Action<WebApplicationBuilder>? configureBuilder = null, Action<WebApplication>? configureApp = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRouting();
        builder.Logging.AddFilter(_ => false);
        var values = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Spotantic:Auth:ClientId"] = ClientId,
            ["Spotantic:Auth:Flow"] = "AuthorizationCodePkce",
            ["Spotantic:Auth:Scope"] = "user-library-read user-read-private",
            ["Spotantic:Client:ApiBaseAddress"] = emulator.ApiBaseAddress.AbsoluteUri,
            ["Spotantic:Client:AccountsBaseAddress"] = emulator.AccountsBaseAddress.AbsoluteUri,
            ["Spotantic:Client:MaxAttempts"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddSpotantic(builder.Configuration);
        configureBuilder?.Invoke(builder);
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = SpotifyAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddSpotify(configure);
        builder.Services.AddAuthorization();

        var app = builder.Build();

        // Failures show up in the test's assertion message rather than as a bare 500.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsync(exception.ToString());
            }
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSpotifyChallenges();
        app.MapGet("/profile", async (IUsersClient users, CancellationToken cancellationToken) =>
        {
            var me = (await users.GetCurrentUserProfileAsync(cancellationToken)).Data;
            return Results.Text(me.Id + "|" + me.DisplayName);
        });
        app.MapGet("/playing", async (IPlayerClient player, CancellationToken cancellationToken) =>
        {
            var state = (await player.GetPlaybackStateAsync(cancellationToken: cancellationToken)).Data;
            return Results.Text(state?.IsPlaying == true ? "playing" : "nothing");
        });
        app.MapGet("/consent", (HttpContext context, string scope) => context.ChallengeSpotifyAsync([scope], "/profile"));
        app.MapGet("/whoami", (HttpContext context) => Results.Text(context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "anonymous"));
        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Text("signed out");
        });
        configureApp?.Invoke(app);
        return app;
    }

    public static async Task<TestWebApp> StartAsync(SpotifyEmulator emulator, IDictionary<string, string?>? settings = null, Action<SpotifyAuthenticationOptions>? configure = null, Action<WebApplicationBuilder>? configureBuilder = null, Action<WebApplication>? configureApp = null, string clientId = ClientId)
    {
        var app = Build(emulator, settings, configure, configureBuilder, configureApp);
        await app.StartAsync();
        var web = new TestWebApp(app, emulator);
        emulator.RegisterApp(clientId, ClientSecret, web.CallbackUri.AbsoluteUri);
        return web;
    }

    public ISpotifyTokenManagerProvider Tokens => App.Services.GetRequiredService<ISpotifyTokenManagerProvider>();

    public ISpotifyTokenStore Store => App.Services.GetRequiredService<ISpotifyTokenStore>();

    /// <summary>Decrypts this app's authentication cookie in <paramref name="browser"/>.</summary>
    public AuthenticationTicket? ReadTicket(Browser browser)
    {
        var cookieOptions = App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var cookie = browser.Cookies.GetCookies(BaseAddress).FirstOrDefault(c => c.Name == cookieOptions.Cookie.Name);
        return cookie is null ? null : cookieOptions.TicketDataFormat.Unprotect(cookie.Value);
    }

    /// <summary>Signs <paramref name="browser"/> in through the app's challenge and returns the final page.</summary>
    public async Task<HttpResponseMessage> SignInAsync(Browser browser, string path = "/profile")
    {
        var response = await browser.NavigateAsync(Url(path.TrimStart('/')));
        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("\n", browser.History.Select(h => h.Url + " -> " + (int)h.Response.StatusCode)) + "\n" + await response.Content.ReadAsStringAsync());
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
