using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Configuration;

public sealed class SpotanticStartupValidationTests
{
    private const string ClientId = "5fe01282e44241328a84e7c5cc169165";
    private const string ClientSecret = "c0ffee5ecret9d8e7f6a5b4c3d2e1f00";

    // Each row starts from a valid PKCE configuration, applies its settings ("key=value" separated by '|'; an empty
    // value sets the key to an empty string), and expects exactly one failure naming the key and saying how to fix it.
    public static TheoryData<string, string, string> InvalidConfigurations { get; } = new()
    {
        { "Spotantic:Auth:RedirectUri=", "Spotantic:Auth:RedirectUri", "is required for the AuthorizationCodePkce flow" },
        { $"Spotantic:Auth:Flow=AuthorizationCode|Spotantic:Auth:ClientSecret={ClientSecret}|Spotantic:Auth:RedirectUri=", "Spotantic:Auth:RedirectUri", "is required for the AuthorizationCode flow" },
        { "Spotantic:Auth:Flow=ClientCredentials", "Spotantic:Auth:ClientSecret", "required for the ClientCredentials flow: set it to your app's Client Secret" },
        { "Spotantic:Auth:Flow=AuthorizationCode", "Spotantic:Auth:ClientSecret", "required for the AuthorizationCode flow: set it to your app's Client Secret" },
        { "Spotantic:Auth:Scope=user-library-read user-libary-modify", "Spotantic:Auth:Scope", "'user-libary-modify'" },
        { "Spotantic:Auth:RedirectUri=http://localhost:8000/callback", "Spotantic:Auth:RedirectUri", "use the loopback IP literal, e.g. http://127.0.0.1:8000/callback" },
        { "Spotantic:Auth:RedirectUri=http://app.example.com/callback", "Spotantic:Auth:RedirectUri", "use https, or http on 127.0.0.1 or [::1]" },
        { "Spotantic:Auth:ClientId=", "Spotantic:Auth:ClientId", "set it to your app's Client ID" },
        { "Spotantic:Client:MaxAttempts=0", "Spotantic:Client:MaxAttempts", "must be at least 1" },
        { $"Spotantic:Auth:ClientSecert={ClientSecret}", "Spotantic:Auth:ClientSecert", "is not a Spotantic setting" },
        { "Spotantic:Other:X=1", "Spotantic:Other:X", "is not a Spotantic setting" },
        { "Spotantic:Clinet:MaxAttempts=5", "Spotantic:Clinet:MaxAttempts", "is not a Spotantic setting" },
        { "Spotantic:Logging:Level=Debug", "Spotantic:Logging:Level", "Spotantic:Logging takes Debug, Enable, LogsDir" },
    };

    [Theory]
    [MemberData(nameof(InvalidConfigurations))]
    public async Task StartAsync_InvalidConfiguration_ThrowsNamingKey(string settings, string key, string fix)
    {
        using var host = BuildHost(settings);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(ex.Failures);
        Assert.Contains(key, failure, StringComparison.Ordinal);
        Assert.Contains(fix, failure, StringComparison.Ordinal);
        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_InvalidConfiguration_LoggingStillWorksUntilStart()
    {
        // The host needs its loggers to report a failed start, so a bad Spotantic setting must not break them.
        using var host = BuildHost("Spotantic:Client:MaxAttempts=0", logging => logging.AddFakeLogging());
        host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MyApp.Startup").LogWarning("starting");

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var record = Assert.Single(host.Services.GetFakeLogCollector().GetSnapshot(), r => r.Category == "MyApp.Startup");
        Assert.Equal("starting", record.Message);
    }

    [Fact]
    public async Task StartAsync_SeveralProblems_ReportsEveryOne()
    {
        using var host = BuildHost("Spotantic:Auth:Flow=ClientCredentials|Spotantic:Client:MaxAttempts=0|Spotantic:Auth:ClientSecert=x");

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(3, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("Spotantic:Auth:ClientSecret", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Spotantic:Client:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Spotantic:Auth:ClientSecert", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_MisspeltSecretKey_MessageDoesNotEchoValue()
    {
        // A misspelt key's value is the secret the user meant to set: it must not be echoed back.
        using var host = BuildHost($"Spotantic:Auth:Flow=ClientCredentials|Spotantic:Auth:ClientSecert={ClientSecret}");

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.DoesNotContain(ClientSecret, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Spotantic:Auth:Flow=AuthorizationCodePkce|Spotantic:Auth:Scope=user-library-read user-library-modify playlist-read-private")]
    [InlineData($"Spotantic:Auth:Flow=AuthorizationCode|Spotantic:Auth:ClientSecret={ClientSecret}|Spotantic:Auth:RedirectUri=https://app.example.com/callback")]
    [InlineData($"Spotantic:Auth:Flow=ClientCredentials|Spotantic:Auth:ClientSecret={ClientSecret}")]
    [InlineData("Spotantic:Auth:RedirectUri=http://[::1]:8000/callback|Spotantic:Client:MaxAttempts=1")]
    public async Task StartAsync_ValidConfiguration_StartsWithBoundOptions(string settings)
    {
        using var host = BuildHost(settings);

        await host.StartAsync();
        var options = host.Services.GetRequiredService<IOptions<SpotanticOptions>>().Value;
        await host.StopAsync();

        var expected = Parse(settings);
        Assert.Equal(ClientId, options.Auth.ClientId);
        Assert.Equal(expected.GetValueOrDefault("Spotantic:Auth:Flow", nameof(SpotifyAuthFlow.AuthorizationCodePkce)), options.Auth.Flow.ToString());
        Assert.Equal(expected.GetValueOrDefault("Spotantic:Auth:ClientSecret"), options.Auth.ClientSecret);
        Assert.Equal(expected.GetValueOrDefault("Spotantic:Auth:RedirectUri", SpotanticAuthOptions.DefaultRedirectUri), options.Auth.RedirectUri);
        Assert.Equal(int.Parse(expected.GetValueOrDefault("Spotantic:Client:MaxAttempts", "3")!, System.Globalization.CultureInfo.InvariantCulture), options.Client.MaxAttempts);
    }

    private static IHost BuildHost(string settings, Action<ILoggingBuilder>? logging = null)
    {
        var values = new Dictionary<string, string?> { ["Spotantic:Auth:ClientId"] = ClientId };
        foreach (var (key, value) in Parse(settings))
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSpotantic(configuration);
        if (logging is not null)
        {
            builder.Services.AddLogging(logging);
        }

        return builder.Build();
    }

    private static Dictionary<string, string?> Parse(string settings) =>
        settings.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(setting => setting.Split('=', 2))
            .ToDictionary(parts => parts[0], string? (parts) => parts[1], StringComparer.Ordinal);
}
