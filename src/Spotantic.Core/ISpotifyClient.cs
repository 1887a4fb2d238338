using Spotantic.Auth;
using Spotantic.Clients;

namespace Spotantic;

/// <summary>
/// One entry point to every typed Spotify client, plus the authorization service and the token manager.
/// </summary>
public interface ISpotifyClient
{
    /// <summary>Albums, their tracks, the user's saved albums and new releases.</summary>
    IAlbumsClient Albums { get; }

    /// <summary>Signs a user in (interactive login, or the authorize URL and code exchange for web apps).</summary>
    ISpotifyAuthorizationService Authorization { get; }

    /// <summary>The token manager of the configured user (or app, for client credentials).</summary>
    ISpotifyTokenManager Tokens { get; }
}
