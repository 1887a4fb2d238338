using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Gets one browse category (<c>GET /browse/categories/{category_id}</c>, operation <c>get-a-category</c>, deprecated).</summary>
/// <param name="CategoryId">The category ID, a plain string such as <c>party</c>.</param>
/// <remarks>
/// No scope: any token works, client credentials included.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-category"/>.
/// </remarks>
public sealed record GetCategoryRequest(string CategoryId) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-a-category", HttpMethod.Get, "/browse/categories/{category_id}", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>The language of the name, e.g. <c>sv_SE</c>; <see langword="null"/> for American English.</summary>
    public string? Locale { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        PlaylistArguments.CategoryId(CategoryId, nameof(CategoryId));
        PlaylistArguments.Locale(Locale, nameof(Locale));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("browse/categories").Segment(CategoryId).Query("locale", Locale).ToString();
}
