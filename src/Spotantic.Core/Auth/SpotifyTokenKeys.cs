using System.Security.Cryptography;
using System.Text;

namespace Spotantic.Auth;

/// <summary>Well-known token keys, and the form in which a key may appear in logs, messages and file names.</summary>
public static class SpotifyTokenKeys
{
    /// <summary>The key of the app's single token (the configured user, or the client-credentials token).</summary>
    public const string Default = "default";

    /// <summary>
    /// Returns a stable, non-reversible name for <paramref name="key"/>: <c>default</c> for <see cref="Default"/>,
    /// otherwise <c>key-</c> and the first 16 hex digits of the key's SHA-256. A key is often user input (an e-mail,
    /// a user ID), so Spotantic writes only this form to logs, exception messages and file names.
    /// </summary>
    /// <param name="key">The token key.</param>
    /// <returns>The hashed name.</returns>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.Equals(key, Default, StringComparison.Ordinal))
        {
            return Default;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return "key-" + Convert.ToHexStringLower(digest[..8]);
    }

    /// <summary>
    /// The full SHA-256 of <paramref name="key"/> in lower-case hex: a name for the key that cannot collide with
    /// another's, for token files, Redis keys and the messages instances exchange about a key.
    /// </summary>
    /// <param name="key">The token key.</param>
    /// <returns>64 hex digits.</returns>
    public static string FullHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Throws when <paramref name="key"/> cannot name a token.</summary>
    /// <param name="key">The key.</param>
    /// <param name="parameterName">The caller's parameter name.</param>
    internal static void Validate(string key, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(key, parameterName);
        if (key.Length == 0 || key.Length > 512)
        {
            throw new ArgumentException("A token key must be 1-512 characters long.", parameterName);
        }
    }
}
