using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Http;

/// <summary>Walks paged results (offset or cursor paging) by following Spotify's absolute <c>next</c> links.</summary>
internal static class SpotifyPaging
{
    /// <summary>Yields every item of every page, starting with the page <paramref name="request"/> asks for.</summary>
    /// <typeparam name="TRequest">The first page's request type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <param name="request">The request of the first page.</param>
    /// <param name="typeInfo">The page model's metadata.</param>
    /// <param name="cancellationToken">Stops the walk; checked before every page.</param>
    /// <returns>The items, in Spotify's order.</returns>
    public static IAsyncEnumerable<TItem> EnumerateAsync<TRequest, TItem>(
        SpotifyApiConnection connection,
        TRequest request,
        JsonTypeInfo<Page<TItem>> typeInfo,
        CancellationToken cancellationToken)
        where TRequest : SpotifyRequest =>
        EnumerateAsync(connection, request, typeInfo, static page => (page.Items, page.Next), cancellationToken);

    /// <summary>
    /// Yields every item of every page, for any page shape: offset pages wrapped in an object
    /// (<c>{"albums": {...}}</c>), cursor pages, or search's per-type pages.
    /// </summary>
    /// <typeparam name="TRequest">The first page's request type.</typeparam>
    /// <typeparam name="TResponse">The response model that holds the page.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <param name="request">The request of the first page.</param>
    /// <param name="typeInfo">The response model's metadata (the <c>next</c> link returns the same shape).</param>
    /// <param name="selectPage">Picks the page's items and <c>next</c> link out of a response.</param>
    /// <param name="cancellationToken">Stops the walk; checked before every page.</param>
    /// <returns>The items, in Spotify's order.</returns>
    public static async IAsyncEnumerable<TItem> EnumerateAsync<TRequest, TResponse, TItem>(
        SpotifyApiConnection connection,
        TRequest request,
        JsonTypeInfo<TResponse> typeInfo,
        Func<TResponse, (IReadOnlyList<TItem> Items, string? Next)> selectPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRequest : SpotifyRequest
    {
        // Every page of one walk goes out with the token of the key that started it.
        connection = connection.ForKey(connection.CurrentTokenKey);
        var first = await connection.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        var (items, next) = selectPage(first.Data);
        while (true)
        {
            foreach (var item in items)
            {
                yield return item;
            }

            if (string.IsNullOrEmpty(next) || items.Count == 0)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            (items, next) = selectPage(await connection.GetPageAsync(request, next, typeInfo, cancellationToken).ConfigureAwait(false));
        }
    }
}
