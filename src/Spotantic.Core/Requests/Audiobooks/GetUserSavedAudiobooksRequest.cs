using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of the audiobooks in the user's library (<c>GET /me/audiobooks</c>, operation <c>get-users-saved-audiobooks</c>).</summary>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-audiobooks"/>.</para>
/// <para>Needs a user token with <c>user-library-read</c>.</para>
/// </remarks>
public sealed record GetUserSavedAudiobooksRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-users-saved-audiobooks", HttpMethod.Get, "/me/audiobooks", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true);

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first item, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/audiobooks").Query("limit", Limit).Query("offset", Offset).ToString();
}
