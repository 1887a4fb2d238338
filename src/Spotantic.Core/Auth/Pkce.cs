using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Spotantic.Auth;

/// <summary>PKCE (RFC 7636) verifier and S256 challenge, within Spotify's 43-128 character rules.</summary>
internal static class Pkce
{
    /// <summary>The verifier length: 64 random bytes in base64url, 86 characters from [A-Za-z0-9_-].</summary>
    private const int VerifierEntropyBytes = 64;

    /// <summary>Creates a random code verifier.</summary>
    public static string CreateVerifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(VerifierEntropyBytes));

    /// <summary>Computes the S256 challenge: base64url(SHA-256(verifier)) without padding.</summary>
    public static string CreateChallenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>Creates a random <c>state</c> value for CSRF protection.</summary>
    public static string CreateState() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}
