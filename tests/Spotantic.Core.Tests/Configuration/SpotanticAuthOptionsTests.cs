using Spotantic.Configuration;

namespace Spotantic.Core.Tests.Configuration;

public sealed class SpotanticAuthOptionsTests
{
    [Fact]
    public void ToString_WithSecret_HidesSecret()
    {
        var auth = new SpotanticAuthOptions { ClientId = "client-123", ClientSecret = "s3cr3t-value", Flow = SpotifyAuthFlow.AuthorizationCode };

        var text = auth.ToString();

        Assert.DoesNotContain("s3cr3t-value", text, StringComparison.Ordinal);
        Assert.Contains("client-123", text, StringComparison.Ordinal);
        Assert.Contains("ClientSecret = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithoutSecret_SaysNotSet()
    {
        Assert.Contains("ClientSecret = (not set)", new SpotanticAuthOptions { ClientId = "client-123" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WholeOptions_HidesSecret()
    {
        var options = new SpotanticOptions { Auth = { ClientId = "client-123", ClientSecret = "s3cr3t-value" } };

        Assert.DoesNotContain("s3cr3t-value", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", $"{options}", StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Defaults_MatchPythonLibrary()
    {
        var auth = new SpotanticAuthOptions();

        Assert.Equal("http://127.0.0.1:8000/callback", auth.RedirectUri);
        Assert.Equal(".token_info_cache", auth.AccessTokenFilePath);
        Assert.Equal(SpotifyAuthFlow.AuthorizationCodePkce, auth.Flow);
        Assert.True(auth.AllowLazyRefresh);
        Assert.False(auth.StoreAccessToken);
    }
}
