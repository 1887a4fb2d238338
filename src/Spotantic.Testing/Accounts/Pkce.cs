using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Spotantic.Testing.Accounts;

/// <summary>RFC 7636 S256 checks.</summary>
internal static class Pkce
{
    /// <summary>A verifier is 43 to 128 characters of letters, digits, <c>-</c>, <c>.</c>, <c>_</c> and <c>~</c>.</summary>
    public static bool IsWellFormedVerifier(string verifier) =>
        verifier.Length is >= 43 and <= 128 && verifier.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');

    /// <summary>An S256 challenge is the unpadded base64url of a SHA-256 hash: 43 characters.</summary>
    public static bool IsWellFormedChallenge(string challenge) =>
        challenge.Length == 43 && challenge.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static bool Matches(string verifier, string challenge)
    {
        var computed = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(challenge));
    }
}
