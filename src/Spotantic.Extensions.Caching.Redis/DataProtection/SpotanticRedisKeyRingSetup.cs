using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using Spotantic.Extensions.Caching.Redis.Connection;

namespace Spotantic.Extensions.Caching.Redis.DataProtection;

/// <summary>
/// Keeps the Data Protection key ring in Spotantic's Redis (as <c>PersistKeysToStackExchangeRedis</c> does), so every
/// instance decrypts the tokens another stored; unless the app keeps its key ring somewhere itself, or turned
/// <see cref="SpotanticRedisOptions.PersistDataProtectionKeys"/> off. Runs after the app's own configuration.
/// </summary>
internal sealed class SpotanticRedisKeyRingSetup(SpotanticRedisConnection connection) : IPostConfigureOptions<KeyManagementOptions>
{
    public void PostConfigure(string? name, KeyManagementOptions options)
    {
        if (options.XmlRepository is null && connection.Options.PersistDataProtectionKeys)
        {
            options.XmlRepository = new RedisXmlRepository(() => connection.Database, RedisKeys.DataProtectionKeys(connection.Options.KeyPrefix));
        }
    }
}
