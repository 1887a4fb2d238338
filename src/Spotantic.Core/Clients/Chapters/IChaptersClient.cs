using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Chapters: audiobook chapters.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IChaptersClient
{
    /// <summary>Gets one chapter.</summary>
    /// <param name="id">The chapter's Spotify ID.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chapter.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-chapter"/>.</remarks>
    Task<SpotifyResult<GetChapterRequest, Chapter>> GetChapterAsync(string id, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one chapter.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chapter.</returns>
    Task<SpotifyResult<GetChapterRequest, Chapter>> GetChapterAsync(GetChapterRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets several chapters; unknown IDs come back as <see langword="null"/> entries. Any number of IDs: they are
    /// sent in chunks of 50 and the chapters come back merged in the order of the IDs.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chapters, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-chapters"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralChaptersRequest, SeveralChapters>> GetSeveralChaptersAsync(GetSeveralChaptersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets several chapters, in chunks of 50, merged in the order of <paramref name="ids"/>.</summary>
    /// <param name="ids">The chapters' Spotify IDs.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chapters, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralChaptersRequest, SeveralChapters>> GetSeveralChaptersAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default);
}
