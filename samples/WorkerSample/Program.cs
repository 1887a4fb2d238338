using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spotantic.Samples;
using Spotantic.Testing;
using WorkerSample;

const string Usage = """
    Usage: dotnet run --project samples/WorkerSample [-- [login] [--watch] [--Key value]...]

      (no command)   Run the library summary once and exit.
      login          Sign in interactively and store the token for later runs.
      --watch        Keep running and refresh the summary every Sample:RefreshInterval (default 5 minutes).
      --Key value    Any configuration key, e.g. --Sample:RefreshInterval 00:01:00.

    Without Spotantic:Auth:ClientId the sample runs against a local Spotify emulator started in-process.
    """;

// SampleProgram parses the command line and turns invalid arguments and settings into exit code 2.
return await SampleProgram.RunAsync(args, Usage, commands: ["login"], flags: ["--watch"], async command =>
{
    var login = command.Command == "login";
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
    {
        Args = command.HostArgs,
        // appsettings.json is copied next to the app, so `dotnet run --project` finds it from any folder.
        ContentRootPath = AppContext.BaseDirectory,
    });

    // The Python library's SPOTANTIC_* names and ./.env; the command line still wins over them.
    builder.Configuration.AddSpotanticEnvironment();
    builder.Configuration.AddCommandLine(command.HostArgs);
    builder.Logging.AddSampleConsole(nameof(WorkerSample));

    // Without Spotantic:Auth:ClientId, this starts the Spotify emulator in-process and points Spotantic at it.
    var spotify = await SampleSpotify.StartAsync(builder.Configuration, new SampleSpotifyOptions
    {
        ClientId = "spotantic-worker-sample",
        Scope = "user-library-read user-library-modify user-read-playback-state",
        StoreEmulatorToken = login,
        SeedEmulator = emulator =>
        {
            // An album the demo user has not saved, so saving it is visible.
            var library = emulator.DemoUser!.Library;
            var album = emulator.Catalog.Albums.First(a => !library.Contains(EmulatorItemType.Album, a.Id));
            return [new("Sample:AlbumToSave", album.Uri)];
        },
    }).ConfigureAwait(false);
    await using var stopEmulatorAfterHost = spotify.ConfigureAwait(false);

    var spotantic = builder.Services.AddSpotantic(builder.Configuration);

    // Your own handler joins the chain through the Web API client's IHttpClientBuilder.
    builder.Services.AddSingleton<ApiRequestCounter>();
    builder.Services.AddTransient<ApiRequestCountingHandler>();
    spotantic.ApiHttpClient.AddHttpMessageHandler<ApiRequestCountingHandler>();

    if (spotify.IsEmulator)
    {
        // No person to click "Agree" on the emulator: a launcher that follows the redirects plays the browser.
        spotantic.UseBrowserLauncher(sp => ActivatorUtilities.CreateInstance<AutoConsentBrowserLauncher>(sp));
    }

    if (spotify.IsEmulator && !login)
    {
        // The emulator forgets its tokens when the process ends, so a run on it keeps them in memory only.
        spotantic.UseInMemoryTokenStore();
    }
    else
    {
        // `login` writes the token file and every later run reads it, whatever StoreAccessToken says.
        spotantic.UseFileTokenStore();
    }

    builder.Services.AddSingleton(WorkerSettings.Read(builder.Configuration, command.HasFlag("--watch")));
    builder.Services.AddSingleton(spotify);
    builder.Services.AddSingleton<SampleExitCode>();
    if (login)
    {
        builder.Services.AddHostedService<LoginService>();
    }
    else
    {
        builder.Services.AddTransient<LibraryReport>();
        builder.Services.AddHostedService<LibraryWorker>();
    }

    using var host = builder.Build();
    var exitCode = host.Services.GetRequiredService<SampleExitCode>();
    await host.RunAsync().ConfigureAwait(false);
    return exitCode.Value;
}).ConfigureAwait(false);
