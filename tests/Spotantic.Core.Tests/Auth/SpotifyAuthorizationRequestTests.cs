using Spotantic.Auth;

namespace Spotantic.Core.Tests.Auth;

public sealed class SpotifyAuthorizationRequestTests
{
    [Fact]
    public void ToString_PkceRequest_HidesVerifier()
    {
        const string verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        var request = new SpotifyAuthorizationRequest(new Uri("https://accounts.test/authorize?client_id=x"), "http://127.0.0.1:8000/callback", "state-123", verifier);

        var text = request.ToString();

        Assert.DoesNotContain(verifier, text, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8000/callback", text, StringComparison.Ordinal);
        Assert.Contains("Pkce = True", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "state")]
    [InlineData("http://127.0.0.1:8000/callback", "")]
    public void Constructor_EmptyRedirectOrState_Throws(string redirectUri, string state)
    {
        Assert.ThrowsAny<ArgumentException>(() => new SpotifyAuthorizationRequest(new Uri("https://accounts.test/authorize"), redirectUri, state, null));
    }
}
