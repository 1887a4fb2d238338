using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="ICategoriesClient"/> over the shared connection.</summary>
internal sealed class CategoriesClient(SpotifyApiConnection connection) : ICategoriesClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetCategoriesRequest, BrowseCategories>> GetCategoriesAsync(GetCategoriesRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.BrowseCategories, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCategoriesRequest, BrowseCategories>> GetCategoriesAsync(string? locale = null, int? limit = null, int? offset = null, CancellationToken cancellationToken = default) =>
        GetCategoriesAsync(new GetCategoriesRequest { Locale = locale, Limit = limit, Offset = offset }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Category> EnumerateCategoriesAsync(GetCategoriesRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetCategoriesRequest { Limit = GetCategoriesRequest.MaxLimit }, SpotifyJsonContext.Default.BrowseCategories, static page => (page.Categories.Items, page.Categories.Next), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCategoryRequest, Category>> GetCategoryAsync(GetCategoryRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Category, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCategoryRequest, Category>> GetCategoryAsync(string categoryId, string? locale = null, CancellationToken cancellationToken = default) =>
        GetCategoryAsync(new GetCategoryRequest(categoryId) { Locale = locale }, cancellationToken);
}
