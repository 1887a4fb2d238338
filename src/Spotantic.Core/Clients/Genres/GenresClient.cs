using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IGenresClient"/> over the shared connection.</summary>
internal sealed class GenresClient(SpotifyApiConnection connection) : IGenresClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
