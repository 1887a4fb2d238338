using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IUsersClient"/> over the shared connection.</summary>
internal sealed class UsersClient(SpotifyApiConnection connection) : IUsersClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
