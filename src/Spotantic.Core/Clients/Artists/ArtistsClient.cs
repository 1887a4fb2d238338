using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IArtistsClient"/> over the shared connection.</summary>
internal sealed class ArtistsClient(SpotifyApiConnection connection) : IArtistsClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
