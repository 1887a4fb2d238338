using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Artists: artists, their albums, top tracks and related artists.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IArtistsClient
{
    /// <summary>Gets one artist.</summary>
    /// <param name="id">The artist's Spotify ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The artist.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artist"/>.</remarks>
    Task<SpotifyResult<GetArtistRequest, Artist>> GetArtistAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets one artist.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The artist.</returns>
    Task<SpotifyResult<GetArtistRequest, Artist>> GetArtistAsync(GetArtistRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets several artists; unknown IDs come back as <see langword="null"/> entries. Any number of IDs: they are
    /// sent in chunks of 50 and the artists come back merged in the order of the IDs.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The artists, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-artists"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralArtistsRequest, SeveralArtists>> GetSeveralArtistsAsync(GetSeveralArtistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets several artists, in chunks of 50, merged in the order of <paramref name="ids"/>.</summary>
    /// <param name="ids">The artists' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The artists, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralArtistsRequest, SeveralArtists>> GetSeveralArtistsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of an artist's albums.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-albums"/>.</remarks>
    Task<SpotifyResult<GetArtistAlbumsRequest, Page<ArtistDiscographyAlbum>>> GetArtistAlbumsAsync(GetArtistAlbumsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of an artist's albums.</summary>
    /// <param name="id">The artist's Spotify ID.</param>
    /// <param name="includeGroups">The album groups to include, or <see langword="null"/> for all.</param>
    /// <param name="limit">The page size, 1 to 10, or <see langword="null"/> for Spotify's default (5).</param>
    /// <param name="offset">The index of the first album, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetArtistAlbumsRequest, Page<ArtistDiscographyAlbum>>> GetArtistAlbumsAsync(string id, IEnumerable<AlbumGroup>? includeGroups = null, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all of an artist's albums, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size).</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The albums.</returns>
    IAsyncEnumerable<ArtistDiscographyAlbum> EnumerateArtistAlbumsAsync(GetArtistAlbumsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets an artist's top tracks in a market.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tracks, most popular first.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-top-tracks"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.ArtistTopTracks)]
    Task<SpotifyResult<GetArtistTopTracksRequest, ArtistTopTracks>> GetArtistTopTracksAsync(GetArtistTopTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets an artist's top tracks in a market.</summary>
    /// <param name="id">The artist's Spotify ID.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/> (with a user token, the user's country applies).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tracks, most popular first.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.ArtistTopTracks)]
    Task<SpotifyResult<GetArtistTopTracksRequest, ArtistTopTracks>> GetArtistTopTracksAsync(string id, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets artists similar to an artist.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The related artists.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-related-artists"/>.</para>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetArtistRelatedArtistsRequest, RelatedArtists>> GetArtistRelatedArtistsAsync(GetArtistRelatedArtistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets artists similar to an artist.</summary>
    /// <param name="id">The artist's Spotify ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The related artists.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetArtistRelatedArtistsRequest, RelatedArtists>> GetArtistRelatedArtistsAsync(string id, CancellationToken cancellationToken = default);
}
