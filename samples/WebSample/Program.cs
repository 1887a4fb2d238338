using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Spotantic.AspNetCore;
using Spotantic.Clients;
using Spotantic.Extensions.Caching.Redis;
using Spotantic.Samples;
using Spotantic.Testing;
using WebSample;

const string Usage = """
    Usage: dotnet run --project samples/WebSample [-- [--urls http://127.0.0.1:PORT] [--Key value]...]

      --urls URL     Where the app listens (default http://127.0.0.1:5080). Spotify accepts http only on 127.0.0.1 or [::1].
      --Key value    Any configuration key, e.g. --Spotantic:Auth:ClientId YOUR_CLIENT_ID.

    Without Spotantic:Auth:ClientId the sample runs against a local Spotify emulator started in-process.
    """;

// SampleProgram parses the command line and turns invalid arguments and settings into exit code 2.
return await SampleProgram.RunAsync(args, Usage, commands: [], flags: [], async command =>
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = command.HostArgs,
        // appsettings.json is copied next to the app, so `dotnet run --project` finds it from any folder.
        ContentRootPath = AppContext.BaseDirectory,
    });
    // The Python library's SPOTANTIC_* names and ./.env; the command line still wins over them.
    builder.Configuration.AddSpotanticEnvironment();
    builder.Configuration.AddCommandLine(command.HostArgs);
    builder.Logging.AddSampleConsole(nameof(WebSample));

    // The address browsers use, and so the callback Spotify sends them back to: appsettings.json, or --urls.
    var appUrl = (builder.Configuration["urls"] ?? "http://127.0.0.1:5080").Split(';')[0].TrimEnd('/');
    var callbackUrl = appUrl + SpotifyAuthenticationDefaults.CallbackPath;

    // Without Spotantic:Auth:ClientId, this starts the Spotify emulator in-process and points Spotantic at it.
    var spotify = await SampleSpotify.StartAsync(builder.Configuration, new SampleSpotifyOptions
    {
        ClientId = "spotantic-web-sample",
        RedirectUris = [callbackUrl],
        // Each browser picks a user on the emulator's sign-in page: two browsers can be two users.
        SignInPagePerBrowser = true,
        SeedEmulator = emulator =>
        {
            emulator.AddUserWithOtherAlbums("second.listener", "Second Listener");

            // An album no user has saved, so saving it (and removing it again) is visible.
            var saved = emulator.Users.SelectMany(u => u.Library.GetIds(EmulatorItemType.Album)).ToHashSet();
            return [new("Sample:AlbumToSave", emulator.Catalog.Albums.First(a => !saved.Contains(a.Id)).Id)];
        },
    });
    await using var stopEmulatorAfterApp = spotify;

    var spotantic = builder.Services.AddSpotantic(builder.Configuration);
    var health = builder.Services.AddHealthChecks();

    // Several instances (behind a load balancer) act as one app when they share a Redis: each user's token, its
    // refresh and Spotify's rate-limit cooldown, and the keys that encrypt the sign-in cookie. For example:
    //   --Spotantic:Redis:Configuration localhost:6379
    if (builder.Configuration.GetSection(SpotanticRedisOptions.SectionName).Exists())
    {
        spotantic.UseRedis();
        health.AddSpotanticRedis();
    }

    builder.Services
        .AddAuthentication(options =>
        {
            // Signed-in users are remembered in a cookie, which holds claims only; their Spotify tokens stay on the server.
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = SpotifyAuthenticationDefaults.AuthenticationScheme;
        })
        .AddCookie()
        .AddSpotify();
    builder.Services.AddAuthorization();
    builder.Services.AddAntiforgery();

    var app = builder.Build();
    var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WebSample.Program");
    LogLines.Ready(log, spotify.IsEmulator ? "the local Spotify emulator" : "Spotify", appUrl);
    spotify.WriteBanner(log);
    if (!spotify.IsEmulator)
    {
        LogLines.RegisterRedirect(log, callbackUrl);
    }

    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();

    // A Spotify call without a signed-in user, or without a scope it needs, sends the browser to Spotify and back.
    app.UseSpotifyChallenges();

    var albumToSave = app.Configuration["Sample:AlbumToSave"] ?? throw new InvalidOperationException("Sample:AlbumToSave is not set.");
    var albumUri = "spotify:album:" + albumToSave;

    app.MapGet("/", async (HttpContext context, IAntiforgery antiforgery, IUsersClient users, IAlbumsClient albums, ILibraryClient library, IPlayerClient player, int? offset) =>
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Pages.SignedOut();
        }

        // The injected clients act for the signed-in user: Spotantic.AspNetCore makes the user's token key current.
        var me = (await users.GetCurrentUserProfileAsync(context.RequestAborted)).Data;
        var page = (await albums.GetUserSavedAlbumsAsync(limit: Pages.PageSize, offset: Math.Max(offset ?? 0, 0), cancellationToken: context.RequestAborted)).Data;
        var playback = (await player.GetPlaybackStateAsync(cancellationToken: context.RequestAborted)).Data;
        var album = (await albums.GetAlbumAsync(albumToSave, cancellationToken: context.RequestAborted)).Data;
        var isSaved = (await library.CheckLibraryContainsAsync([albumUri], context.RequestAborted)).Data[0];
        return Pages.SignedIn(me, page, playback, album, isSaved, antiforgery.GetAndStoreTokens(context));
    });

    app.MapGet("/signin", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [SpotifyAuthenticationDefaults.AuthenticationScheme]));

    app.MapPost("/albums/save", async (HttpContext context, IAntiforgery antiforgery, ILibraryClient library) =>
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        await library.SaveLibraryItemsAsync([albumUri], context.RequestAborted);
        return Results.Redirect("/");
    });

    app.MapPost("/albums/remove", async (HttpContext context, IAntiforgery antiforgery, ILibraryClient library) =>
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        await library.RemoveLibraryItemsAsync([albumUri], context.RequestAborted);
        return Results.Redirect("/");
    });

    app.MapPost("/signout", async (HttpContext context, IAntiforgery antiforgery) =>
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        // Signing out of the cookie also deletes the user's Spotify token from the server (Spotantic.AspNetCore does it).
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    });

    app.MapHealthChecks("/healthz");

    await app.RunAsync();
    return SampleExitCode.Success;
});
