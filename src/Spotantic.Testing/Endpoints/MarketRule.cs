namespace Spotantic.Testing.Endpoints;

/// <summary>How a catalog lookup treats the market (see <see cref="CatalogLookups"/>).</summary>
internal enum MarketRule
{
    /// <summary>The operation has no <c>market</c> parameter: it is not read, and objects are written without one.</summary>
    Ignored,

    /// <summary>The <c>market</c> parameter (or the user's country) is read and validated; without one objects list their markets.</summary>
    Optional,

    /// <summary>
    /// As <see cref="Optional"/>, but without a market nothing can be placed: a single lookup is 404 and every entry of
    /// a multiple lookup is null, as Spotify answers for shows and episodes.
    /// </summary>
    Required,
}
