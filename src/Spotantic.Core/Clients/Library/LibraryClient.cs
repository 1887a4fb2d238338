using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="ILibraryClient"/> over the shared connection.</summary>
internal sealed class LibraryClient(SpotifyApiConnection connection) : ILibraryClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
