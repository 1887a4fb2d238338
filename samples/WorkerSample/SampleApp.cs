using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace WorkerSample;

/// <summary>Builds and runs the host for the command on the command line.</summary>
internal static class SampleApp
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        SampleCommandLine command;
        try
        {
            command = SampleCommandLine.Parse(args);
        }
        catch (SampleConfigurationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }

        if (command.Help)
        {
            Console.WriteLine(SampleCommandLine.Usage);
            return 0;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = command.HostArgs,
            // appsettings.json is copied next to the app, so `dotnet run --project` finds it from any folder.
            ContentRootPath = AppContext.BaseDirectory,
        });

        // The Python library's SPOTANTIC_* names and ./.env; the command line still wins over them.
        builder.Configuration.AddSpotanticEnvironment();
        builder.Configuration.AddCommandLine(command.HostArgs);
        SampleLogging.Configure(builder.Logging);

        LocalEmulator? emulator = null;
        try
        {
            if (string.IsNullOrWhiteSpace(builder.Configuration["Spotantic:Auth:ClientId"]))
            {
                emulator = await LocalEmulator.StartAsync(cancellationToken).ConfigureAwait(false);
                // Added last, before AddSpotantic binds: these settings win over appsettings.json and the environment.
                builder.Configuration.AddInMemoryCollection(emulator.CreateSettings(command.Login, builder.Configuration["Spotantic:Auth:AccessTokenFilePath"]));
            }
            else if (string.IsNullOrEmpty(builder.Configuration["Spotantic:Auth:Flow"]) && !string.IsNullOrEmpty(builder.Configuration["Spotantic:Auth:ClientSecret"]))
            {
                // With a secret the app can use the plain authorization code flow; PKCE remains the default without one.
                builder.Configuration.AddInMemoryCollection([new("Spotantic:Auth:Flow", nameof(SpotifyAuthFlow.AuthorizationCode))]);
            }

            var settings = SampleSettings.Read(builder.Configuration, command);
            Register(builder, command, settings, emulator?.Target ?? SampleTarget.ForSpotify(builder.Configuration["Spotantic:Client:ApiBaseAddress"]));

            using var host = builder.Build();
            var exitCode = host.Services.GetRequiredService<SampleExitCode>();
            try
            {
                await host.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OptionsValidationException ex)
            {
                // Spotantic validates its settings at start-up; each failure names the key to fix.
                await Console.Error.WriteLineAsync("The configuration is not valid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", ex.Failures)).ConfigureAwait(false);
                return 2;
            }

            return exitCode.Value;
        }
        catch (SampleConfigurationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
        finally
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static void Register(HostApplicationBuilder builder, SampleCommandLine command, SampleSettings settings, SampleTarget target)
    {
        var spotantic = builder.Services.AddSpotantic(builder.Configuration);

        // Your own handler joins the chain through the Web API client's IHttpClientBuilder.
        builder.Services.AddSingleton<ApiRequestCounter>();
        builder.Services.AddTransient<ApiRequestCountingHandler>();
        spotantic.ApiHttpClient.AddHttpMessageHandler<ApiRequestCountingHandler>();
        if (target.IsEmulator)
        {
            // No person to click "Agree" on the emulator: a launcher that follows the redirects plays the browser.
            spotantic.UseBrowserLauncher(sp => ActivatorUtilities.CreateInstance<AutoConsentBrowserLauncher>(sp));
            if (!command.Login)
            {
                // The emulator forgets its tokens when the process ends, so a run keeps them in memory only.
                spotantic.UseInMemoryTokenStore();
            }
            else
            {
                spotantic.UseFileTokenStore();
            }
        }
        else
        {
            // `login` writes the token file and every later run reads it, whatever StoreAccessToken says.
            spotantic.UseFileTokenStore();
        }

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(target);
        builder.Services.AddSingleton<SampleExitCode>();
        builder.Services.AddSingleton<SampleSignIn>();
        if (command.Login)
        {
            builder.Services.AddHostedService<LoginService>();
        }
        else
        {
            builder.Services.AddHostedService<LibraryWorker>();
        }
    }
}
