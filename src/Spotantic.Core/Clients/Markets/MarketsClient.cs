using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IMarketsClient"/> over the shared connection.</summary>
internal sealed class MarketsClient(SpotifyApiConnection connection) : IMarketsClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetAvailableMarketsRequest, AvailableMarkets>> GetAvailableMarketsAsync(GetAvailableMarketsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.AvailableMarkets, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAvailableMarketsRequest, AvailableMarkets>> GetAvailableMarketsAsync(CancellationToken cancellationToken = default) =>
        GetAvailableMarketsAsync(new GetAvailableMarketsRequest(), cancellationToken);
}
