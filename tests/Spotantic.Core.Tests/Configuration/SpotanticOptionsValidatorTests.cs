using Spotantic.Configuration;
using Spotantic.Core.Tests.TestSupport;

namespace Spotantic.Core.Tests.Configuration;

public sealed class SpotanticOptionsValidatorTests
{
    [Theory]
    [InlineData(SpotifyAuthFlow.AuthorizationCodePkce)]
    [InlineData(SpotifyAuthFlow.AuthorizationCode)]
    [InlineData(SpotifyAuthFlow.ClientCredentials)]
    public void Validate_ValidOptions_NoErrors(SpotifyAuthFlow flow)
    {
        Assert.Empty(SpotanticOptionsValidator.Validate(TestOptions.Create(flow)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_MissingClientId_NamesKey(string? clientId)
    {
        var options = TestOptions.Create();
        options.Auth.ClientId = clientId;

        var error = Assert.Single(SpotanticOptionsValidator.Validate(options));

        Assert.StartsWith("Spotantic:Auth:ClientId", error, StringComparison.Ordinal);
        Assert.Contains("SPOTANTIC_AUTH_CLIENT_ID", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SpotifyAuthFlow.ClientCredentials)]
    [InlineData(SpotifyAuthFlow.AuthorizationCode)]
    public void Validate_MissingSecretForSecretFlow_NamesKey(SpotifyAuthFlow flow)
    {
        var options = TestOptions.Create(flow);
        options.Auth.ClientSecret = null;

        var error = Assert.Single(SpotanticOptionsValidator.Validate(options));

        Assert.StartsWith("Spotantic:Auth:ClientSecret", error, StringComparison.Ordinal);
        Assert.Contains(flow.ToString(), error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingSecretForPkce_NoError()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.AuthorizationCodePkce);
        options.Auth.ClientSecret = null;

        Assert.Empty(SpotanticOptionsValidator.Validate(options));
    }

    [Fact]
    public void Validate_UndefinedFlow_NamesKey()
    {
        var options = TestOptions.Create();
        options.Auth.Flow = (SpotifyAuthFlow)42;

        Assert.Contains(SpotanticOptionsValidator.Validate(options), error => error.StartsWith("Spotantic:Auth:Flow", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://localhost:8000/callback", "localhost")]
    [InlineData("http://LOCALHOST/callback", "localhost")]
    [InlineData("https://localhost:5001/callback", "localhost")]
    [InlineData("http://example.com/callback", "plain http")]
    [InlineData("http://192.168.1.10:8000/callback", "plain http")]
    [InlineData("/callback", "not an absolute URI")]
    [InlineData("https://example.com/callback#frag", "fragment")]
    public void Validate_RedirectUriSpotifyRefuses_NamesKeyAndProblem(string redirectUri, string problem)
    {
        var options = TestOptions.Create();
        options.Auth.RedirectUri = redirectUri;

        var error = Assert.Single(SpotanticOptionsValidator.Validate(options));

        Assert.StartsWith("Spotantic:Auth:RedirectUri", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocalhostRedirect_SuggestsLoopbackLiteralWithSamePortAndPath()
    {
        var options = TestOptions.Create();
        options.Auth.RedirectUri = "http://localhost:9090/auth/done";

        var error = Assert.Single(SpotanticOptionsValidator.Validate(options));

        Assert.Contains("http://127.0.0.1:9090/auth/done", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/callback")]
    [InlineData("https://app.example.com:8443/spotify/callback")]
    [InlineData("http://127.0.0.1:8000/callback")]
    [InlineData("http://127.0.0.1/callback")]
    [InlineData("http://[::1]:8000/callback")]
    [InlineData("myapp://callback")]
    public void Validate_RedirectUriSpotifyAccepts_NoError(string redirectUri)
    {
        var options = TestOptions.Create();
        options.Auth.RedirectUri = redirectUri;

        Assert.Empty(SpotanticOptionsValidator.Validate(options));
    }

    [Theory]
    [InlineData(SpotifyAuthFlow.AuthorizationCodePkce)]
    [InlineData(SpotifyAuthFlow.AuthorizationCode)]
    public void Validate_CodeFlowWithoutRedirectUri_NamesKey(SpotifyAuthFlow flow)
    {
        var options = TestOptions.Create(flow);
        options.Auth.RedirectUri = " ";

        var error = Assert.Single(SpotanticOptionsValidator.Validate(options));

        Assert.StartsWith("Spotantic:Auth:RedirectUri is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ClientCredentialsWithUnusableRedirect_NotChecked()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.ClientCredentials);
        options.Auth.RedirectUri = "http://localhost/callback";

        Assert.Empty(SpotanticOptionsValidator.Validate(options));
    }

    [Fact]
    public void Validate_UnknownScopes_NamesKeyAndEachUnknownScope()
    {
        var options = TestOptions.Create();
        options.Auth.Scope = "user-library-read user-libary-modify playlist-read-privat";

        var error = Assert.Single(SpotanticOptionsValidator.Validate(options));

        Assert.StartsWith("Spotantic:Auth:Scope", error, StringComparison.Ordinal);
        Assert.Contains("'user-libary-modify'", error, StringComparison.Ordinal);
        Assert.Contains("'playlist-read-privat'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("'user-library-read'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryKnownScope_NoError()
    {
        var options = TestOptions.Create();
        options.Auth.Scope = string.Join(' ', Spotantic.Http.SpotifyScopes.All);

        Assert.Empty(SpotanticOptionsValidator.Validate(options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_MaxAttemptsBelowOne_NamesKey(int maxAttempts)
    {
        var options = TestOptions.Create();
        options.Client.MaxAttempts = maxAttempts;

        var error = Assert.Single(SpotanticOptionsValidator.Validate(options));

        Assert.StartsWith("Spotantic:Client:MaxAttempts", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MaxAttemptsOne_NoError()
    {
        var options = TestOptions.Create();
        options.Client.MaxAttempts = 1;

        Assert.Empty(SpotanticOptionsValidator.Validate(options));
    }

    public static TheoryData<string, Action<SpotanticOptions>> TimingRules => new()
    {
        { "Spotantic:Client:AttemptTimeout", options => options.Client.AttemptTimeout = TimeSpan.Zero },
        { "Spotantic:Client:TotalTimeout", options => options.Client.TotalTimeout = TimeSpan.Zero },
        { "Spotantic:Client:TotalTimeout", options => options.Client.TotalTimeout = options.Client.AttemptTimeout - TimeSpan.FromSeconds(1) },
        { "Spotantic:Client:MaxRetryAfter", options => options.Client.MaxRetryAfter = TimeSpan.FromSeconds(-1) },
        { "Spotantic:Client:RetryBaseDelay", options => options.Client.RetryBaseDelay = TimeSpan.FromSeconds(-1) },
        { "Spotantic:Auth:RefreshMargin", options => options.Auth.RefreshMargin = TimeSpan.FromSeconds(-1) },
        { "Spotantic:Auth:RefreshMargin", options => options.Auth.RefreshMargin = TimeSpan.FromHours(1) },
        { "Spotantic:Auth:AuthorizationTimeout", options => options.Auth.AuthorizationTimeout = TimeSpan.Zero },
        { "Spotantic:Auth:AccessTokenFilePath", options => options.Auth.AccessTokenFilePath = "" },
        { "Spotantic:Client:ApiBaseAddress", options => options.Client.ApiBaseAddress = new Uri("ftp://api.test/") },
        { "Spotantic:Client:AccountsBaseAddress", options => options.Client.AccountsBaseAddress = null! },
    };

    [Theory]
    [MemberData(nameof(TimingRules))]
    public void Validate_OutOfRangeSetting_NamesKey(string key, Action<SpotanticOptions> configure)
    {
        var options = TestOptions.Create();
        configure(options);

        var error = Assert.Single(SpotanticOptionsValidator.Validate(options));

        Assert.StartsWith(key, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.AuthorizationCode);
        options.Auth.ClientId = null;
        options.Auth.ClientSecret = null;
        options.Auth.RedirectUri = "http://localhost:8000/callback";
        options.Auth.Scope = "not-a-scope";
        options.Client.MaxAttempts = 0;

        var errors = SpotanticOptionsValidator.Validate(options);

        Assert.Equal(
            ["Spotantic:Auth:ClientId", "Spotantic:Auth:ClientSecret", "Spotantic:Auth:RedirectUri", "Spotantic:Auth:Scope", "Spotantic:Client:MaxAttempts"],
            errors.Select(error => error.Split(' ')[0]));
    }

    [Fact]
    public void Validate_MissingSections_NamesThem()
    {
        var errors = SpotanticOptionsValidator.Validate(new SpotanticOptions { Auth = null!, Client = null! });

        Assert.Contains("Spotantic:Auth is missing.", errors);
        Assert.Contains("Spotantic:Client is missing.", errors);
    }

    [Fact]
    public void Validate_BadOptionsWithSecret_NoMessageContainsSecret()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.AuthorizationCode);
        options.Auth.ClientSecret = "super-secret-value";
        options.Auth.RedirectUri = "http://localhost/callback";
        options.Client.MaxAttempts = 0;

        var errors = SpotanticOptionsValidator.Validate(options);

        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.DoesNotContain("super-secret-value", error, StringComparison.Ordinal));
    }
}
