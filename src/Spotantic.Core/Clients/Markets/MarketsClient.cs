using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IMarketsClient"/> over the shared connection.</summary>
internal sealed class MarketsClient(SpotifyApiConnection connection) : IMarketsClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
