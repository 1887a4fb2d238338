namespace Spotantic.Models;

/// <summary>
/// A browse category used to tag items in Spotify, such as <c>party</c>.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>CategoryObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-category">the Spotify Web API reference</see>.
/// </remarks>
public sealed record Category
{
    /// <summary>Gets a link to the Web API endpoint returning full details of the category.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the category icon in various sizes.</summary>
    public IReadOnlyList<Image> Icons { get; init => field = value ?? []; } = [];

    /// <summary>Gets the Spotify category ID, for example <c>party</c>.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the (localized) name of the category.</summary>
    public string Name { get; init => field = value ?? ""; } = "";
}
