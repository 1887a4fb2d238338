using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Spotantic.Auth;
using Spotantic.Exceptions;
using Spotantic.Extensions.Caching.Redis.Connection;
using Spotantic.Serialization;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Tokens;

/// <summary>
/// Keeps each token key's token in Redis, encrypted with ASP.NET Core Data Protection: a Redis dump shows neither the
/// access nor the refresh token. An entry lives as long as its refresh token can be useful (six months from sign-in,
/// <see cref="SpotanticRedisOptions.RefreshTokenLifetime"/>), a client-credentials token until it expires.
/// </summary>
/// <remarks>
/// An entry is a hash: <c>t</c>, the protected token, and <c>r</c>, the SHA-256 of its refresh token. A refresh that
/// keeps the refresh token keeps the entry's expiry (Spotify does not extend a refresh token's life when it is used);
/// a new refresh token (a new sign-in) starts it again. Each entry is protected for its own Redis key, so an entry
/// copied under another user's key does not decrypt.
/// </remarks>
internal sealed class RedisSpotifyTokenStore : ISpotifyTokenStore
{
    private const string TokenField = "t";
    private const string RefreshFingerprintField = "r";

    // Writes the entry (KEYS[1]): the protected token ARGV[1] and the refresh token's fingerprint ARGV[2]; starts its
    // lifetime ARGV[3] (milliseconds) again unless the refresh token is the one already stored.
    private const string SetScript =
        "local same = ARGV[2] ~= '' and redis.call('HGET', KEYS[1], 'r') == ARGV[2] " +
        "redis.call('HSET', KEYS[1], 't', ARGV[1], 'r', ARGV[2]) " +
        "if not same then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end " +
        "return 1";

    private readonly SpotanticRedisConnection _connection;
    private readonly RedisKeys _keys;
    private readonly IDataProtector _protector;
    private readonly TimeProvider _timeProvider;

    public RedisSpotifyTokenStore(SpotanticRedisConnection connection, RedisKeys keys, IDataProtectionProvider protection, TimeProvider timeProvider)
    {
        _connection = connection;
        _keys = keys;
        _protector = protection.CreateProtector("Spotantic.Extensions.Caching.Redis.Tokens.v1");
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async ValueTask<SpotifyToken?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var entry = _keys.Token(SpotifyTokenKeys.FullHash(key));
        RedisValue stored;
        try
        {
            stored = await _connection.Database.HashGetAsync(entry, TokenField).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw Unreachable(key, "read", ex);
        }

        if (stored.IsNull)
        {
            return null;
        }

        // Neither a token that does not decrypt nor one that does not parse is used, nor removed: another instance
        // (with the right Data Protection keys) may still read it, and the next sign-in replaces it.
        byte[] json;
        try
        {
            json = ProtectorFor(entry).Unprotect((byte[])stored!);
        }
        catch (CryptographicException ex) when (FromRedis(ex) is { } redis)
        {
            throw Unreachable(key, "read", redis);
        }
        catch (CryptographicException ex)
        {
            throw new SpotifyTokenStoreException(
                $"The Redis entry of token key '{SpotifyTokenKeys.Hash(key)}' cannot be decrypted: this instance does not have the Data Protection key it was written with. Share the key ring between the instances (Spotantic:Redis:PersistDataProtectionKeys, or AddDataProtection().PersistKeysTo...), or sign the user in again to replace it.",
                ex);
        }

        try
        {
            return JsonSerializer.Deserialize(json, AuthJsonContext.Default.SpotifyToken)
                ?? throw new JsonException("The entry holds null.");
        }
        catch (JsonException ex)
        {
            throw new SpotifyTokenStoreException($"The Redis entry of token key '{SpotifyTokenKeys.Hash(key)}' is not a Spotify token. Sign the user in again to replace it.", ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, SpotifyToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(token);
        var entry = _keys.Token(SpotifyTokenKeys.FullHash(key));
        var json = JsonSerializer.SerializeToUtf8Bytes(token, AuthJsonContext.Default.SpotifyToken);
        byte[] protectedToken;
        try
        {
            protectedToken = ProtectorFor(entry).Protect(json);
        }
        catch (CryptographicException ex) when (FromRedis(ex) is { } redis)
        {
            // The Data Protection key ring lives in Redis too (PersistDataProtectionKeys).
            throw Unreachable(key, "written", redis);
        }
        catch (CryptographicException ex)
        {
            throw new SpotifyTokenStoreException($"The Spotify token of token key '{SpotifyTokenKeys.Hash(key)}' could not be encrypted: Data Protection failed (is its key ring, or the certificate protecting it, available to this instance?).", ex);
        }

        var refresh = token.RefreshToken is { Length: > 0 } refreshToken
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)))
            : string.Empty;
        var lifetime = refresh.Length > 0
            ? _connection.Options.RefreshTokenLifetime
            : TimeSpan.FromTicks(Math.Max(token.ExpiresAtTime.UtcTicks - _timeProvider.GetUtcNow().UtcTicks, TimeSpan.TicksPerSecond));
        try
        {
            await _connection.Database.ScriptEvaluateAsync(SetScript, [entry], [protectedToken, refresh, (long)lifetime.TotalMilliseconds]).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw Unreachable(key, "written", ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            await _connection.Database.KeyDeleteAsync(_keys.Token(SpotifyTokenKeys.FullHash(key))).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw Unreachable(key, "removed", ex);
        }
    }

    private static SpotifyTokenStoreException Unreachable(string key, string what, Exception ex) =>
        new($"The Spotify token of token key '{SpotifyTokenKeys.Hash(key)}' could not be {what}: Redis is not reachable ({ex.GetType().Name}). Calls with a token already in memory go on; this one succeeds once Redis is back.", ex);

    // The key ring is read from Redis when it is kept there: a lost connection then surfaces as a CryptographicException.
    private static Exception? FromRedis(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is RedisException or TimeoutException)
            {
                return inner;
            }
        }

        return null;
    }

    private IDataProtector ProtectorFor(RedisKey entry) => _protector.CreateProtector(entry.ToString());
}
