using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="ISearchClient"/> over the shared connection.</summary>
internal sealed class SearchClient(SpotifyApiConnection connection) : ISearchClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
