using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Http;

/// <summary>Walks offset-paged results by following Spotify's <c>next</c> links.</summary>
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
        EnumerateAsync(connection, request, typeInfo, static page => page, cancellationToken);

    /// <summary>Yields every item of every page, for responses that wrap their page in an object (e.g. <c>{"albums": {...}}</c>).</summary>
    /// <typeparam name="TRequest">The first page's request type.</typeparam>
    /// <typeparam name="TResponse">The response model that wraps the page.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <param name="request">The request of the first page.</param>
    /// <param name="typeInfo">The response model's metadata.</param>
    /// <param name="selectPage">Picks the page out of the response.</param>
    /// <param name="cancellationToken">Stops the walk; checked before every page.</param>
    /// <returns>The items, in Spotify's order.</returns>
    public static async IAsyncEnumerable<TItem> EnumerateAsync<TRequest, TResponse, TItem>(
        SpotifyApiConnection connection,
        TRequest request,
        JsonTypeInfo<TResponse> typeInfo,
        Func<TResponse, Page<TItem>> selectPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRequest : SpotifyRequest
    {
        var first = await connection.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        var page = selectPage(first.Data);
        while (true)
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (string.IsNullOrEmpty(page.Next) || page.Items.Count == 0)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            page = selectPage(await connection.GetPageAsync(request, page.Next, typeInfo, cancellationToken).ConfigureAwait(false));
        }
    }
}
