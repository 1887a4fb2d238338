namespace Spotantic.Models;

/// <summary>
/// The response of a request for Spotify's browse categories: a page wrapped in <c>categories</c>.
/// </summary>
/// <remarks>
/// Spotify's <c>PagedCategories</c> response. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-categories">the Spotify Web API reference</see>.
/// </remarks>
public sealed record BrowseCategories
{
    /// <summary>Gets the page of categories.</summary>
    public Page<Category> Categories { get; init => field = value ?? Page<Category>.Empty; } = Page<Category>.Empty;
}
