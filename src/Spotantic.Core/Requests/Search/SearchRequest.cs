using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Searches the catalog (<c>GET /search</c>, operation <c>search</c>).</summary>
/// <param name="Query">The search query, with optional field filters such as <c>artist:</c>, <c>year:</c> or <c>tag:new</c>.</param>
/// <param name="Types">The item types to search; the result has one page per type.</param>
/// <remarks>
/// <para>
/// Public catalog data: any valid token works, including a client-credentials token, so no scope is required.
/// <see cref="Limit"/> and <see cref="Offset"/> apply to each type's page; since February 2026 a page holds at most
/// 10 items (default 5), and Spotify serves offsets up to <see cref="MaxOffset"/>.
/// </para>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/search"/>.</para>
/// </remarks>
public sealed record SearchRequest(string Query, IReadOnlyList<SearchType> Types) : SpotifyRequest
{
    /// <summary>The largest page Spotify returns per type.</summary>
    public const int MaxLimit = 10;

    /// <summary>The largest offset Spotify accepts.</summary>
    public const int MaxOffset = 1000;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("search", HttpMethod.Get, "/search", ScopeRequirement.None, isIdempotent: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <summary>The page size per type, 1 to 10 (Spotify's default is 5).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first result of each type, 0 to 1000.</summary>
    public int? Offset { get; init; }

    /// <summary>Whether the caller can play externally hosted audio (<c>include_external=audio</c>), which Spotify then marks playable.</summary>
    public bool IncludeExternalAudio { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        if (Query is null)
        {
            throw new ArgumentNullException(nameof(Query), $"'{nameof(Query)}' is required: the search text.");
        }

        if (string.IsNullOrWhiteSpace(Query))
        {
            throw new ArgumentException($"'{nameof(Query)}' must not be empty or blank; Spotify answers 400 to an empty query.", nameof(Query));
        }

        if (Types is null)
        {
            throw new ArgumentNullException(nameof(Types), $"'{nameof(Types)}' is required: at least one item type to search.");
        }

        if (Types.Count == 0)
        {
            throw new ArgumentException($"'{nameof(Types)}' needs at least one item type to search.", nameof(Types));
        }

        var index = 0;
        foreach (var type in Types)
        {
            if (!Enum.IsDefined(type))
            {
                throw new ArgumentException($"'{nameof(Types)}[{index}]' is not a search type; got {(int)type}.", nameof(Types));
            }

            index++;
        }

        SpotifyArgument.Market(Market, nameof(Market));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Range(Offset, 0, MaxOffset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("search")
            .Query("q", Query)
            .Query("type", Types.Distinct().Select(ToValue))
            .Query("market", Market)
            .Query("limit", Limit)
            .Query("offset", Offset)
            .Query("include_external", IncludeExternalAudio ? "audio" : null)
            .ToString();

    /// <summary>The <c>type</c> parameter value of a search type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The value Spotify expects, e.g. <c>track</c>.</returns>
    internal static string ToValue(SearchType type) => type switch
    {
        SearchType.Album => "album",
        SearchType.Artist => "artist",
        SearchType.Playlist => "playlist",
        SearchType.Track => "track",
        SearchType.Show => "show",
        SearchType.Episode => "episode",
        SearchType.Audiobook => "audiobook",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a search type."),
    };
}
