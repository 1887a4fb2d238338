using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The <see cref="ILibraryClient"/> over the shared connection.</summary>
internal sealed class LibraryClient(SpotifyApiConnection connection) : ILibraryClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<SaveLibraryItemsRequest>> SaveLibraryItemsAsync(SaveLibraryItemsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveLibraryItemsRequest>> SaveLibraryItemsAsync(IEnumerable<string> uris, CancellationToken cancellationToken = default) =>
        SaveLibraryItemsAsync(new SaveLibraryItemsRequest(ClientArguments.ToArray(uris, nameof(uris))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveLibraryItemsRequest>> RemoveLibraryItemsAsync(RemoveLibraryItemsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveLibraryItemsRequest>> RemoveLibraryItemsAsync(IEnumerable<string> uris, CancellationToken cancellationToken = default) =>
        RemoveLibraryItemsAsync(new RemoveLibraryItemsRequest(ClientArguments.ToArray(uris, nameof(uris))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckLibraryContainsRequest, IReadOnlyList<bool>>> CheckLibraryContainsAsync(CheckLibraryContainsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendContainsAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckLibraryContainsRequest, IReadOnlyList<bool>>> CheckLibraryContainsAsync(IEnumerable<string> uris, CancellationToken cancellationToken = default) =>
        CheckLibraryContainsAsync(new CheckLibraryContainsRequest(ClientArguments.ToArray(uris, nameof(uris))), cancellationToken);
}
