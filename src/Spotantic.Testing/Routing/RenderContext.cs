namespace Spotantic.Testing.Routing;

/// <summary>
/// What JSON writers need to know about the request: the API's absolute base (for <c>href</c>s), the effective market
/// (null when none: then objects list <c>available_markets</c> instead of <c>is_playable</c>), the catalog to resolve
/// referenced objects, and whether the calling app is in development mode (then objects leave out the fields Spotify
/// withholds from such apps).
/// </summary>
internal sealed record RenderContext(string ApiBase, string? Market, EmulatorCatalog Catalog, bool DevelopmentMode = false)
{
    /// <summary>Whether a <paramref name="objectType"/> object carries <paramref name="field"/> for this app.</summary>
    public bool Sends(string objectType, string field) => !DevelopmentMode || !SpotifyDevelopmentMode.Withholds(objectType, field);

    /// <summary>The absolute API link of an object, e.g. <c>http://127.0.0.1:5599/v1/albums/{id}</c>.</summary>
    public string Href(string collection, string id) => ApiBase + collection + "/" + Uri.EscapeDataString(id);

    /// <summary>
    /// Links to the pages of an object's items embedded in it, e.g. <c>albums/{id}/tracks</c>; they carry the market,
    /// so that following them lists the same items.
    /// </summary>
    public PageLinkBase EmbeddedLinks(string collection, string id, string items) =>
        new(Href(collection, id) + "/" + items, Market is null ? [] : [new("market", Market)]);
}
