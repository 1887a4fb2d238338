using System.Text.Json.Serialization.Metadata;
using Spotantic.Exceptions;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Http;

/// <summary>
/// Sends an <see cref="ISpotifyBatchRequest{TSelf}"/> as consecutive chunks Spotify accepts, merging reads in input
/// order and reporting precisely how far a failed write got.
/// </summary>
internal static class SpotifyBatching
{
    /// <summary>Sends a read in chunks and merges the chunk data.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResponse">One chunk's response model.</typeparam>
    /// <typeparam name="TData">The merged data.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <param name="request">The whole request.</param>
    /// <param name="typeInfo">The response model's metadata.</param>
    /// <param name="merge">Merges the chunk data, given in chunk order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The whole request, every response, and the merged data.</returns>
    public static async Task<SpotifyResult<TRequest, TData>> SendAsync<TRequest, TResponse, TData>(
        SpotifyApiConnection connection,
        TRequest request,
        JsonTypeInfo<TResponse> typeInfo,
        Func<IReadOnlyList<TResponse>, TData> merge,
        CancellationToken cancellationToken)
        where TRequest : SpotifyRequest, ISpotifyBatchRequest<TRequest>
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var responses = new List<SpotifyRawResponse>();
        var data = new List<TResponse>();
        foreach (var chunk in request.BatchItems.Chunk(request.MaxItemsPerCall))
        {
            var result = await connection.SendAsync(request.WithBatchItems(chunk), typeInfo, cancellationToken).ConfigureAwait(false);
            responses.Add(result.Response);
            data.Add(result.Data);
        }

        return new SpotifyResult<TRequest, TData>(request, responses, merge(data));
    }

    /// <summary>
    /// Sends a "contains" check in chunks: one flag per item, in input order. An answer with another number of flags
    /// than the chunk had items is a <see cref="SpotifyInvalidResponseException"/>, never a list a caller indexes
    /// out of range or reads shifted.
    /// </summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <param name="request">The whole request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The whole request, every response, and one flag per item.</returns>
    public static async Task<SpotifyResult<TRequest, IReadOnlyList<bool>>> SendContainsAsync<TRequest>(SpotifyApiConnection connection, TRequest request, CancellationToken cancellationToken)
        where TRequest : SpotifyRequest, ISpotifyBatchRequest<TRequest>
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var responses = new List<SpotifyRawResponse>();
        var flags = new List<bool>(request.BatchItems.Count);
        foreach (var chunk in request.BatchItems.Chunk(request.MaxItemsPerCall))
        {
            var result = await connection.SendAsync(request.WithBatchItems(chunk), SpotifyJsonContext.Default.IReadOnlyListBoolean, cancellationToken).ConfigureAwait(false);
            if (result.Data.Count != chunk.Length)
            {
                throw new SpotifyInvalidResponseException(
                    result.Response.StatusCode,
                    request.Operation.Id,
                    $"it holds {result.Data.Count} flags for the {chunk.Length} items asked about",
                    null);
            }

            responses.Add(result.Response);
            flags.AddRange(result.Data);
        }

        return new SpotifyResult<TRequest, IReadOnlyList<bool>>(request, responses, flags);
    }

    /// <summary>Sends a write in chunks; a failure after the first chunk reports what was applied.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <param name="request">The whole request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The whole request and every response.</returns>
    /// <exception cref="SpotifyBatchException">A chunk failed when the request needed more than one.</exception>
    public static async Task<SpotifyResult<TRequest>> SendAsync<TRequest>(SpotifyApiConnection connection, TRequest request, CancellationToken cancellationToken)
        where TRequest : SpotifyRequest, ISpotifyBatchRequest<TRequest>
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var chunks = request.BatchItems.Chunk(request.MaxItemsPerCall).ToArray();
        var responses = new List<SpotifyRawResponse>(chunks.Length);
        for (var i = 0; i < chunks.Length; i++)
        {
            try
            {
                var result = await connection.SendAsync(request.WithBatchItems(chunks[i]), cancellationToken).ConfigureAwait(false);
                responses.Add(result.Response);
            }
            catch (Exception ex) when (chunks.Length > 1 && ex is SpotanticException or HttpRequestException)
            {
                throw new SpotifyBatchException(
                    request.Operation.Id,
                    [.. chunks.Take(i).SelectMany(chunk => chunk)],
                    chunks[i],
                    [.. chunks.Skip(i + 1).SelectMany(chunk => chunk)],
                    ex);
            }
        }

        return new SpotifyResult<TRequest>(request, responses);
    }
}
