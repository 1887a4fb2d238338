using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IPlayerClient"/> over the shared connection.</summary>
internal sealed class PlayerClient(SpotifyApiConnection connection) : IPlayerClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
