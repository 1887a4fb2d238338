using Spotantic.Auth;
using Spotantic.Clients;

namespace Spotantic.Extensions.DependencyInjection;

/// <summary>The <see cref="ISpotifyClient"/> facade over the typed clients registered in the container.</summary>
internal sealed class SpotifyClientFacade(IAlbumsClient albums, ISpotifyAuthorizationService authorization, ISpotifyTokenManager tokens) : ISpotifyClient
{
    /// <inheritdoc />
    public IAlbumsClient Albums { get; } = albums;

    /// <inheritdoc />
    public ISpotifyAuthorizationService Authorization { get; } = authorization;

    /// <inheritdoc />
    public ISpotifyTokenManager Tokens { get; } = tokens;
}
