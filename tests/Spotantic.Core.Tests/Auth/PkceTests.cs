using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Spotantic.Auth;

namespace Spotantic.Core.Tests.Auth;

public sealed partial class PkceTests
{
    [Fact]
    public void CreateVerifier_Always_WithinSpotifyLengthAndAlphabet()
    {
        for (var i = 0; i < 50; i++)
        {
            var verifier = Pkce.CreateVerifier();

            Assert.InRange(verifier.Length, 43, 128);
            Assert.Matches(VerifierAlphabet(), verifier);
        }
    }

    [Fact]
    public void CreateVerifier_TwoCalls_Differ()
    {
        Assert.NotEqual(Pkce.CreateVerifier(), Pkce.CreateVerifier());
    }

    [Fact]
    public void CreateChallenge_Rfc7636AppendixB_MatchesExample()
    {
        // The values printed in RFC 7636, Appendix B.
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.CreateChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    [Fact]
    public void CreateChallenge_RandomVerifier_IsUnpaddedBase64UrlOfSha256()
    {
        var verifier = Pkce.CreateVerifier();

        var challenge = Pkce.CreateChallenge(verifier);

        var expected = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(expected, challenge);
        Assert.Equal(43, challenge.Length);
        Assert.DoesNotContain('=', challenge);
    }

    [Fact]
    public void CreateState_TwoCalls_DifferAndAreUrlSafe()
    {
        var first = Pkce.CreateState();
        var second = Pkce.CreateState();

        Assert.NotEqual(first, second);
        Assert.Matches(VerifierAlphabet(), first);
        Assert.True(first.Length >= 16, $"state has only {first.Length} characters");
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-._~]+\z")]
    private static partial Regex VerifierAlphabet();
}
