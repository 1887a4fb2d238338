using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="ICategoriesClient"/> over the shared connection.</summary>
internal sealed class CategoriesClient(SpotifyApiConnection connection) : ICategoriesClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
