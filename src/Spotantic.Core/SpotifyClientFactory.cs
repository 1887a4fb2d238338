using Spotantic.Auth;
using Spotantic.Http;

namespace Spotantic;

/// <summary>Builds the clients of one token key over an app's shared connection.</summary>
internal sealed class SpotifyClientFactory(SpotifyApiConnection connection, SpotifyAuthorizationService authorization, ISpotifyTokenManagerProvider tokens) : ISpotifyClientFactory
{
    /// <inheritdoc />
    public ISpotifyClient ForUser(string tokenKey)
    {
        var manager = tokens.GetManager(tokenKey);
        // The provider may map the key (client credentials share the app's token): the clients use the manager's key.
        return new SpotifyClientSet(connection.ForKey(manager.Key), authorization.ForKey(manager.Key), manager);
    }
}
