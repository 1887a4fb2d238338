using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Categories: browse categories.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes. A category's playlists are on <see cref="IPlaylistsClient"/>.
/// </remarks>
public interface ICategoriesClient
{
    /// <summary>Gets one page of Spotify's browse categories.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, wrapped in <c>categories</c> as Spotify sends it.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-categories"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    Task<SpotifyResult<GetCategoriesRequest, BrowseCategories>> GetCategoriesAsync(GetCategoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of Spotify's browse categories.</summary>
    /// <param name="locale">The language of the names, e.g. <c>sv_SE</c>, or <see langword="null"/>.</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first category, or <see langword="null"/> for 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    Task<SpotifyResult<GetCategoriesRequest, BrowseCategories>> GetCategoriesAsync(string? locale = null, int? limit = null, int? offset = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all browse categories, following the <c>next</c> links inside <c>categories</c>.</summary>
    /// <param name="request">The first page's request, or <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The categories.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    IAsyncEnumerable<Category> EnumerateCategoriesAsync(GetCategoriesRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one browse category.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The category.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-category"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    Task<SpotifyResult<GetCategoryRequest, Category>> GetCategoryAsync(GetCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one browse category.</summary>
    /// <param name="categoryId">The category ID, e.g. <c>party</c>.</param>
    /// <param name="locale">The language of the name, e.g. <c>sv_SE</c>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The category.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    Task<SpotifyResult<GetCategoryRequest, Category>> GetCategoryAsync(string categoryId, string? locale = null, CancellationToken cancellationToken = default);
}
