using Microsoft.Extensions.Configuration;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Configuration;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class SpotanticEnvironmentConfigurationTests : IDisposable
{
    // The seed quickstart's .env template, line for line, with its '...' placeholders filled in.
    private const string SeedTemplate = """
        # Your application Client ID from the Spotify Developer Dashboard
        SPOTANTIC_AUTH_CLIENT_ID=5fe01282e44241328a84e7c5cc169165
        # Your application Client Secret from the Spotify Developer Dashboard
        SPOTANTIC_AUTH_CLIENT_SECRET=c0ffee5ecret9d8e7f6a5b4c3d2e1f00
        # Remote or third-party redirect endpoints are not supported
        SPOTANTIC_AUTH_REDIRECT_URI=http://127.0.0.1:8000/callback
        # Space-separated list of scopes to be granted
        SPOTANTIC_AUTH_SCOPE=user-library-read user-library-modify
        # File path where the access token information should be stored
        SPOTANTIC_AUTH_ACCESS_TOKEN_FILE_PATH=.token_info_cache
        # If `true`, Spotantic will save access token information every time the token is obtained.
        # The token is stored in the filepath indicated by SPOTANTIC_AUTH_ACCESS_TOKEN_FILE_PATH
        SPOTANTIC_AUTH_STORE_ACCESS_TOKEN=true
        # Controls package-level logging; if `false`, logging is completely disabled
        SPOTANTIC_LOGGING_ENABLE=false
        # Controls logging level; if `true`, logging includes debug messages
        SPOTANTIC_LOGGING_DEBUG=true
        # Directory to store session logs; if not provided, logs are only written to STDOUT
        SPOTANTIC_LOGGING_LOGS_DIR=logs/

        """;

    private readonly ProcessEnvironmentScope _environment = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("spotantic-env-").FullName;

    public void Dispose()
    {
        _environment.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AddEnvironmentVariables_DotNetNamesWithPrefix_BindsOptions()
    {
        const string Prefix = "SPOTANTICDOTNETTEST_";
        _environment.Set(Prefix + "Spotantic__Auth__ClientId", "5fe01282e44241328a84e7c5cc169165");
        _environment.Set(Prefix + "Spotantic__Auth__ClientSecret", "c0ffee5ecret9d8e7f6a5b4c3d2e1f00");
        _environment.Set(Prefix + "Spotantic__Auth__Flow", "ClientCredentials");
        _environment.Set(Prefix + "Spotantic__Auth__Scope", "user-read-private user-read-email");
        _environment.Set(Prefix + "Spotantic__Auth__StoreAccessToken", "true");
        _environment.Set(Prefix + "Spotantic__Client__MaxAttempts", "4");
        _environment.Set(Prefix + "Spotantic__Client__TotalTimeout", "00:01:30");
        _environment.Set(Prefix + "Spotantic__Client__ApiBaseAddress", "http://127.0.0.1:5080/v1/");
        _environment.Set(Prefix + "Spotantic__Logging__Debug", "true");
        _environment.Set(Prefix + "Spotantic__Logging__LogsDir", "/var/log/spotantic");

        var options = await SpotanticOptionsBinder.BindAsync(new ConfigurationBuilder().AddEnvironmentVariables(Prefix).Build());

        Assert.Equal("5fe01282e44241328a84e7c5cc169165", options.Auth.ClientId);
        Assert.Equal("c0ffee5ecret9d8e7f6a5b4c3d2e1f00", options.Auth.ClientSecret);
        Assert.Equal(SpotifyAuthFlow.ClientCredentials, options.Auth.Flow);
        Assert.Equal("user-read-private user-read-email", options.Auth.Scope);
        Assert.True(options.Auth.StoreAccessToken);
        Assert.Equal(4, options.Client.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(90), options.Client.TotalTimeout);
        Assert.Equal(new Uri("http://127.0.0.1:5080/v1/"), options.Client.ApiBaseAddress);
        Assert.True(options.Logging.Debug);
        Assert.Equal("/var/log/spotantic", options.Logging.LogsDir);
    }

    [Fact]
    public async Task AddSpotanticEnvironment_SeedEnvironmentVariables_BindsOptions()
    {
        _environment.Set("SPOTANTIC_AUTH_CLIENT_ID", "5fe01282e44241328a84e7c5cc169165");
        _environment.Set("SPOTANTIC_AUTH_CLIENT_SECRET", "c0ffee5ecret9d8e7f6a5b4c3d2e1f00");
        _environment.Set("SPOTANTIC_AUTH_REDIRECT_URI", "http://127.0.0.1:8765/auth/callback");
        _environment.Set("SPOTANTIC_AUTH_SCOPE", "user-library-read playlist-read-private");
        _environment.Set("SPOTANTIC_AUTH_ACCESS_TOKEN_FILE_PATH", "/home/me/.cache/spotantic_token");
        _environment.Set("SPOTANTIC_AUTH_STORE_ACCESS_TOKEN", "true");
        _environment.Set("SPOTANTIC_LOGGING_ENABLE", "true");
        _environment.Set("SPOTANTIC_LOGGING_DEBUG", "true");
        _environment.Set("SPOTANTIC_LOGGING_LOGS_DIR", "/var/log/spotantic");

        var options = await SpotanticOptionsBinder.BindAsync(new ConfigurationBuilder().AddSpotanticEnvironment(envFilePath: null).Build());

        Assert.Equal("5fe01282e44241328a84e7c5cc169165", options.Auth.ClientId);
        Assert.Equal("c0ffee5ecret9d8e7f6a5b4c3d2e1f00", options.Auth.ClientSecret);
        Assert.Equal("http://127.0.0.1:8765/auth/callback", options.Auth.RedirectUri);
        Assert.Equal("user-library-read playlist-read-private", options.Auth.Scope);
        Assert.Equal("/home/me/.cache/spotantic_token", options.Auth.AccessTokenFilePath);
        Assert.True(options.Auth.StoreAccessToken);
        Assert.True(options.Logging.Enable);
        Assert.True(options.Logging.Debug);
        Assert.Equal("/var/log/spotantic", options.Logging.LogsDir);
    }

    [Fact]
    public async Task AddSpotanticEnvironment_SeedTemplateEnvFile_BindsOptions()
    {
        var envFile = WriteEnvFile(SeedTemplate);

        var options = await SpotanticOptionsBinder.BindAsync(new ConfigurationBuilder().AddSpotanticEnvironment(envFile).Build());

        Assert.Equal("5fe01282e44241328a84e7c5cc169165", options.Auth.ClientId);
        Assert.Equal("c0ffee5ecret9d8e7f6a5b4c3d2e1f00", options.Auth.ClientSecret);
        Assert.Equal("http://127.0.0.1:8000/callback", options.Auth.RedirectUri);
        Assert.Equal("user-library-read user-library-modify", options.Auth.Scope);
        Assert.Equal(".token_info_cache", options.Auth.AccessTokenFilePath);
        Assert.True(options.Auth.StoreAccessToken);
        Assert.False(options.Logging.Enable);
        Assert.True(options.Logging.Debug);
        Assert.Equal("logs/", options.Logging.LogsDir);
    }

    [Fact]
    public void AddSpotanticEnvironment_SeedTemplateEnvFile_ProducesOnlyTheNineKeys()
    {
        var envFile = WriteEnvFile(SeedTemplate);

        var configuration = new ConfigurationBuilder().AddSpotanticEnvironment(envFile).Build();

        Assert.Equal(
            [
                "Spotantic:Auth:AccessTokenFilePath", "Spotantic:Auth:ClientId", "Spotantic:Auth:ClientSecret", "Spotantic:Auth:RedirectUri",
                "Spotantic:Auth:Scope", "Spotantic:Auth:StoreAccessToken", "Spotantic:Logging:Debug", "Spotantic:Logging:Enable", "Spotantic:Logging:LogsDir",
            ],
            LeafKeys(configuration));
    }

    [Fact]
    public async Task AddSpotanticEnvironment_EnvironmentAndEnvFile_EnvironmentWins()
    {
        var envFile = WriteEnvFile(SeedTemplate);
        _environment.Set("SPOTANTIC_AUTH_CLIENT_ID", "0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        _environment.Set("SPOTANTIC_LOGGING_ENABLE", "true");

        var options = await SpotanticOptionsBinder.BindAsync(new ConfigurationBuilder().AddSpotanticEnvironment(envFile).Build());

        Assert.Equal("0a1b2c3d4e5f60718293a4b5c6d7e8f9", options.Auth.ClientId);
        Assert.True(options.Logging.Enable);
        Assert.Equal("c0ffee5ecret9d8e7f6a5b4c3d2e1f00", options.Auth.ClientSecret);
        Assert.Equal("user-library-read user-library-modify", options.Auth.Scope);
        Assert.True(options.Logging.Debug);
    }

    [Fact]
    public async Task AddSpotanticEnvironment_LaterSource_OverridesEnvironmentAndEnvFile()
    {
        var envFile = WriteEnvFile(SeedTemplate);
        _environment.Set("SPOTANTIC_AUTH_SCOPE", "user-read-email");

        var configuration = new ConfigurationBuilder()
            .AddSpotanticEnvironment(envFile)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Spotantic:Auth:Scope"] = "user-read-private" })
            .Build();
        var options = await SpotanticOptionsBinder.BindAsync(configuration);

        Assert.Equal("user-read-private", options.Auth.Scope);
    }

    [Fact]
    public async Task AddSpotanticEnvironment_MissingEnvFile_IgnoredAndEnvironmentUsed()
    {
        var missing = Path.Combine(_directory, "does-not-exist", ".env");
        _environment.Set("SPOTANTIC_AUTH_CLIENT_ID", "5fe01282e44241328a84e7c5cc169165");

        var options = await SpotanticOptionsBinder.BindAsync(new ConfigurationBuilder().AddSpotanticEnvironment(missing).Build());

        Assert.False(File.Exists(missing));
        Assert.Equal("5fe01282e44241328a84e7c5cc169165", options.Auth.ClientId);
        Assert.Null(options.Auth.ClientSecret);
    }

    [Fact]
    public async Task AddSpotanticEnvironment_NonSpotanticNames_Ignored()
    {
        var envFile = WriteEnvFile("""
            SPOTANTIC_AUTH_CLIENT_ID=5fe01282e44241328a84e7c5cc169165
            SPOTIFY_CLIENT_SECRET=not-for-spotantic
            DATABASE_URL=postgres://localhost/app
            MYAPP_SPOTANTIC_AUTH_SCOPE=not-a-scope

            """);
        _environment.Set("SPOTANTICX_AUTH_CLIENT_SECRET", "not-for-spotantic");
        _environment.Set("NOT_SPOTANTIC_AUTH_SCOPE", "not-a-scope");

        var configuration = new ConfigurationBuilder().AddSpotanticEnvironment(envFile).Build();
        var options = await SpotanticOptionsBinder.BindAsync(configuration);

        Assert.Equal(["Spotantic:Auth:ClientId"], LeafKeys(configuration));
        Assert.Equal("5fe01282e44241328a84e7c5cc169165", options.Auth.ClientId);
        Assert.Null(options.Auth.ClientSecret);
        Assert.Null(options.Auth.Scope);
    }

    [Fact]
    public async Task AddSpotanticEnvironment_BesideDotNetStyleVariables_LeavesThemToTheStandardSource_TypoReportedAsWritten()
    {
        _environment.Set("Spotantic__Auth__ClientId", "5fe01282e44241328a84e7c5cc169165");
        _environment.Set("Spotantic__Auth__ClientSecert", "c0ffee5ecret9d8e7f6a5b4c3d2e1f00");

        var spotanticOnly = new ConfigurationBuilder().AddSpotanticEnvironment(envFilePath: null).Build();
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddSpotanticEnvironment(envFilePath: null).Build();
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => SpotanticOptionsBinder.BindAsync(configuration));

        Assert.Empty(LeafKeys(spotanticOnly));
        Assert.Contains("Spotantic:Auth:ClientSecert is not a Spotantic setting", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Clientsecert", error.Message, StringComparison.Ordinal);
    }

    private string WriteEnvFile(string content)
    {
        var path = Path.Combine(_directory, ".env");
        File.WriteAllText(path, content);
        return path;
    }

    private static string[] LeafKeys(IConfiguration configuration) =>
        [.. configuration.AsEnumerable().Where(kv => kv.Value is not null).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
}
