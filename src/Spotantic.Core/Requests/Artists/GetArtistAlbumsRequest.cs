using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of an artist's albums (<c>GET /artists/{id}/albums</c>, operation <c>get-an-artists-albums</c>).</summary>
/// <param name="Id">The artist's Spotify ID.</param>
/// <remarks>
/// Public catalog data: no scope is required. Since February 2026 Spotify returns at most 10 albums per page
/// (default 5). See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-albums"/>.
/// </remarks>
public sealed record GetArtistAlbumsRequest(string Id) : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 10;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-an-artists-albums", HttpMethod.Get, "/artists/{id}/albums", ScopeRequirement.None, isIdempotent: true);

    /// <summary>
    /// The groups to include: <see cref="AlbumGroup.Album"/>, <see cref="AlbumGroup.Single"/>,
    /// <see cref="AlbumGroup.AppearsOn"/> and <see cref="AlbumGroup.Compilation"/>; <see langword="null"/> for all.
    /// </summary>
    public IReadOnlyList<AlbumGroup>? IncludeGroups { get; init; }

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <summary>The page size, 1 to 10 (Spotify's default is 5).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first item, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(Id, nameof(Id));
        if (IncludeGroups is not null)
        {
            // Spotify answers 400 for an empty list or an unknown group; AlbumGroup also carries values Spotify may
            // send in responses, which are not valid filters.
            if (IncludeGroups.Count == 0)
            {
                throw new ArgumentException($"'{nameof(IncludeGroups)}' must name at least one group, or be null for all groups.", nameof(IncludeGroups));
            }

            var index = 0;
            foreach (var group in IncludeGroups)
            {
                if (group != AlbumGroup.Album && group != AlbumGroup.Single && group != AlbumGroup.AppearsOn && group != AlbumGroup.Compilation)
                {
                    throw new ArgumentException($"'{nameof(IncludeGroups)}[{index}]' must be album, single, appears_on or compilation; got '{group.Value}'.", nameof(IncludeGroups));
                }

                index++;
            }
        }

        SpotifyArgument.Market(Market, nameof(Market));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("artists").Segment(Id).Path("albums")
            .Query("include_groups", IncludeGroups?.Select(group => group.Value))
            .Query("market", Market).Query("limit", Limit).Query("offset", Offset).ToString();
}
