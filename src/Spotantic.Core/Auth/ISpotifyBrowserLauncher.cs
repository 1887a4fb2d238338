namespace Spotantic.Auth;

/// <summary>Opens the authorization page for the user. Replace it to drive a login from tests or another UI.</summary>
public interface ISpotifyBrowserLauncher
{
    /// <summary>Opens <paramref name="uri"/> in a browser.</summary>
    /// <param name="uri">The Spotify authorization address.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns><see langword="true"/> when a browser was started; <see langword="false"/> when none could be, so the address must be shown to the user instead.</returns>
    Task<bool> OpenAsync(Uri uri, CancellationToken cancellationToken = default);
}
