using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Spotantic.Testing.Accounts;

/// <summary>
/// The browser sessions of the accounts site: opaque random IDs (the cookie value) mapped to user IDs, so that a cookie
/// cannot be forged by writing a user ID into it. Thread-safe.
/// </summary>
internal sealed class AccountsSessionStore
{
    private readonly ConcurrentDictionary<string, string> _userBySession = new(StringComparer.Ordinal);

    /// <summary>Starts a session for a user and returns its ID.</summary>
    public string Start(string userId)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _userBySession[id] = userId;
        return id;
    }

    /// <summary>The user of a session, or null when the session is unknown or ended.</summary>
    public string? FindUser(string? sessionId) =>
        string.IsNullOrEmpty(sessionId) ? null : _userBySession.GetValueOrDefault(sessionId);

    /// <summary>Ends a session; false when it was not running.</summary>
    public bool End(string? sessionId) => !string.IsNullOrEmpty(sessionId) && _userBySession.TryRemove(sessionId, out _);
}
