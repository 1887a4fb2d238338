using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic;
using Spotantic.Auth;
using Spotantic.Configuration;

// One instance of a deployment that shares Redis, as its own process:
//   dotnet Spotantic.Redis.TestInstance.dll --redis HOST:PORT --api URL --accounts URL --client-id ID --client-secret S
//     [--prefix P] [--lease-seconds N] [--max-retry-after-seconds N] [--refresh-margin-seconds N]
// It prints "ready", then answers each command line "<id> <verb> <args>" with one line "<id> <result>":
//   calls KEY COUNT ALBUM_ID   COUNT concurrent GetAlbum calls for KEY: "done ok=N failed=M errors=Type:n,..."
//   me KEY COUNT               COUNT concurrent profile reads for KEY (a user ID): "done ok=N mismatched=M failed=F"
//   hand-in KEY ACCESS REFRESH EXPIRES_AT SCOPE...   stores a token for KEY: "done"
//   signout KEY                removes KEY's token: "done"
//   token KEY                  "done has-token", or "done error=Type"
//   health                     the health status: "done Healthy|Degraded|Unhealthy"
// Commands run concurrently; logs go to standard error.
var settings = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    settings[args[i].TrimStart('-')] = args[i + 1];
}

var services = new ServiceCollection();
services.AddLogging(logging => logging
    .SetMinimumLevel(LogLevel.Information)
    .AddSimpleConsole(console => console.SingleLine = true)
    .AddFilter("System.Net.Http", LogLevel.Warning)
    .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
services.AddSpotantic(options =>
{
    options.Auth.ClientId = settings["client-id"];
    options.Auth.ClientSecret = settings["client-secret"];
    options.Auth.Flow = SpotifyAuthFlow.AuthorizationCode;
    options.Client.ApiBaseAddress = new Uri(settings["api"]);
    options.Client.AccountsBaseAddress = new Uri(settings["accounts"]);
    options.Auth.RefreshMargin = TimeSpan.FromSeconds(double.Parse(settings.GetValueOrDefault("refresh-margin-seconds", "60"), CultureInfo.InvariantCulture));
    options.Client.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
    options.Client.AttemptTimeout = TimeSpan.FromMinutes(1);
    options.Client.MaxRetryAfter = TimeSpan.FromSeconds(double.Parse(settings.GetValueOrDefault("max-retry-after-seconds", "30"), CultureInfo.InvariantCulture));
}).UseRedis(options =>
{
    options.Configuration = settings["redis"] + ",connectTimeout=2000";
    options.KeyPrefix = settings.GetValueOrDefault("prefix", "spotantic:");
    options.LeaseDuration = TimeSpan.FromSeconds(double.Parse(settings.GetValueOrDefault("lease-seconds", "30"), CultureInfo.InvariantCulture));
});
services.AddHealthChecks().AddSpotanticRedis();

await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

// What the host's start-up validation would do.
_ = provider.GetRequiredService<IOptions<SpotanticOptions>>().Value;
_ = provider.GetRequiredService<IOptions<Spotantic.Extensions.Caching.Redis.SpotanticRedisOptions>>().Value;
var factory = provider.GetRequiredService<ISpotifyClientFactory>();
var tokens = provider.GetRequiredService<ISpotifyTokenManagerProvider>();
var health = provider.GetRequiredService<HealthCheckService>();
var output = new SemaphoreSlim(1, 1);

async Task Reply(string id, string result)
{
    await output.WaitAsync().ConfigureAwait(false);
    try
    {
        Console.WriteLine($"{id} {result}");
    }
    finally
    {
        output.Release();
    }
}

async Task<string> RunAsync(string verb, string[] words)
{
    switch (verb)
    {
        case "calls":
        {
            var client = factory.ForUser(words[2]);
            var count = int.Parse(words[3], CultureInfo.InvariantCulture);
            var outcomes = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
            {
                try
                {
                    await client.Albums.GetAlbumAsync(words[4]).ConfigureAwait(false);
                    return null;
                }
                catch (Exception ex)
                {
                    return ex.GetType().Name;
                }
            })).ConfigureAwait(false);
            var errors = outcomes.OfType<string>().GroupBy(name => name).Select(g => $"{g.Key}:{g.Count()}");
            return $"done ok={outcomes.Count(o => o is null)} failed={outcomes.Count(o => o is not null)} errors={string.Join(',', errors)}";
        }

        case "me":
        {
            // Each call must come back with the profile of the user it was made for.
            var client = factory.ForUser(words[2]);
            var count = int.Parse(words[3], CultureInfo.InvariantCulture);
            var outcomes = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
            {
                try
                {
                    return (await client.Users.GetCurrentUserProfileAsync().ConfigureAwait(false)).Data.Id == words[2] ? "ok" : "mismatched";
                }
                catch (Exception ex)
                {
                    return ex.GetType().Name;
                }
            })).ConfigureAwait(false);
            return $"done ok={outcomes.Count(o => o == "ok")} mismatched={outcomes.Count(o => o == "mismatched")} failed={outcomes.Count(o => o is not ("ok" or "mismatched"))}";
        }

        case "hand-in":
            await tokens.GetManager(words[2]).SetTokenAsync(new SpotifyToken
            {
                AccessToken = words[3],
                RefreshToken = words[4],
                ExpiresAt = long.Parse(words[5], CultureInfo.InvariantCulture),
                ExpiresIn = 3600,
                Scope = string.Join(' ', words.Skip(6)),
            }).ConfigureAwait(false);
            return "done";

        case "signout":
            await tokens.GetManager(words[2]).ClearAsync().ConfigureAwait(false);
            return "done";

        case "token":
            try
            {
                await tokens.GetManager(words[2]).GetTokenAsync().ConfigureAwait(false);
                return "done has-token";
            }
            catch (Exception ex)
            {
                return "done error=" + ex.GetType().Name;
            }

        case "health":
            return "done " + (await health.CheckHealthAsync().ConfigureAwait(false)).Status;

        default:
            return "unknown-command " + verb;
    }
}

Console.WriteLine("ready");
var running = new List<Task>();
while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
{
    var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (words.Length < 2)
    {
        continue;
    }

    if (words[1] == "quit")
    {
        break;
    }

    running.Add(Task.Run(async () =>
    {
        string result;
        try
        {
            result = await RunAsync(words[1], words).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            result = "failed " + ex.GetType().Name + ": " + ex.Message.ReplaceLineEndings(" ");
        }

        await Reply(words[0], result).ConfigureAwait(false);
    }));
}

await Task.WhenAll(running).ConfigureAwait(false);
return 0;
