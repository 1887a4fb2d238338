using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Saves tracks to the user's library (<c>PUT /me/tracks</c>, operation <c>save-tracks-user</c>, deprecated).</summary>
/// <remarks>
/// <para>
/// Needs <c>user-library-modify</c>. The IDs go in the JSON body (<c>{"ids": [...]}</c>), as the spec defines the
/// operation; the <c>ids</c> query parameter is deprecated. Any number of tracks: the client sends them in chunks of
/// <see cref="MaxIds"/>.
/// </para>
/// <para>
/// Built from <see cref="TimestampedId"/> entries, the body also carries <c>timestamped_ids</c>, so each track is recorded
/// as added at the given time (Spotify then ignores <c>ids</c>, which still lists the same tracks because the spec
/// requires it). A track may appear twice only with the same time: with two different times it would be unclear which
/// one Spotify keeps.
/// </para>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-tracks-user"/>.</para>
/// </remarks>
public sealed record SaveTracksForUserRequest : SpotifyRequest, ISpotifyBatchRequest<SaveTracksForUserRequest>
{
    /// <summary>The most tracks Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>Saves tracks, recorded as added now.</summary>
    /// <param name="ids">The tracks' Spotify IDs.</param>
    public SaveTracksForUserRequest(IReadOnlyList<string> ids) => Ids = ids;

    /// <summary>Saves tracks, each recorded as added at its own time.</summary>
    /// <param name="timestampedIds">The tracks' Spotify IDs with the time each is recorded as added.</param>
    public SaveTracksForUserRequest(IReadOnlyList<TimestampedId> timestampedIds)
    {
        TimestampedIds = timestampedIds;
        Ids = timestampedIds is null ? null! : [.. timestampedIds.Select(entry => entry?.Id!)];
    }

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("save-tracks-user", HttpMethod.Put, "/me/tracks", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify), isIdempotent: true, isDeprecated: true);

    /// <summary>The tracks' Spotify IDs, in order.</summary>
    public IReadOnlyList<string> Ids { get; init; }

    /// <summary>The tracks with the time each is recorded as added, or <see langword="null"/> to record them as added now; when set, lists the same tracks as <see cref="Ids"/>, in the same order.</summary>
    public IReadOnlyList<TimestampedId>? TimestampedIds { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<SaveTracksForUserRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<SaveTracksForUserRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    SaveTracksForUserRequest ISpotifyBatchRequest<SaveTracksForUserRequest>.WithBatchItems(IReadOnlyList<string> items)
    {
        if (TimestampedIds is null)
        {
            return this with { Ids = items };
        }

        // Validate() guarantees one time per ID, so the entry of an ID is the same wherever it appears.
        var byId = new Dictionary<string, TimestampedId>(StringComparer.Ordinal);
        foreach (var entry in TimestampedIds)
        {
            byId.TryAdd(entry.Id, entry);
        }

        return this with { Ids = items, TimestampedIds = [.. items.Select(id => byId[id])] };
    }

    /// <inheritdoc />
    public override void Validate()
    {
        if (TimestampedIds is null)
        {
            SpotifyArgument.Ids(Ids, nameof(Ids));
            return;
        }

        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in TimestampedIds)
        {
            if (entry is null)
            {
                throw new ArgumentException($"'{nameof(TimestampedIds)}[{index}]' must not be null.", nameof(TimestampedIds));
            }

            if (times.TryGetValue(entry.Id ?? string.Empty, out var earlier) && earlier != entry.AddedAt)
            {
                throw new ArgumentException($"'{nameof(TimestampedIds)}[{index}]' repeats track {entry.Id} with a different time; give each track one time.", nameof(TimestampedIds));
            }

            times.TryAdd(entry.Id ?? string.Empty, entry.AddedAt);
            index++;
        }

        SpotifyArgument.Ids([.. TimestampedIds.Select(entry => entry.Id)], nameof(TimestampedIds));
        if (Ids is null || !Ids.SequenceEqual(TimestampedIds.Select(entry => entry.Id), StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{nameof(Ids)}' must list the tracks of '{nameof(TimestampedIds)}' in the same order.", nameof(Ids));
        }
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "me/tracks";

    /// <inheritdoc />
    internal override HttpContent BuildContent() =>
        JsonContent.Create(new SaveTracksBody { Ids = Ids, TimestampedIds = TimestampedIds }, SpotifyJsonContext.Default.SaveTracksBody);
}
