using System.Text.Json;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>
/// Whose <c>resume_point</c> to write on episodes and chapters: the signed-in user's, only when the token carries
/// <c>user-read-playback-position</c>. Spotify serves these objects to any token and adds the resume point only then.
/// </summary>
internal sealed class ResumePoints
{
    private readonly EmulatorUser? _user;
    private readonly EmulatorCatalog? _catalog;
    private readonly TimeProvider? _clock;

    private ResumePoints(EmulatorUser? user, EmulatorCatalog? catalog, TimeProvider? clock)
    {
        _user = user;
        _catalog = catalog;
        _clock = clock;
    }

    /// <summary>No resume points (client-credentials tokens, or user tokens without the scope).</summary>
    public static ResumePoints None { get; } = new(null, null, null);

    public static ResumePoints For(ApiRequest request) =>
        request.User is { } user && request.HasScope(SpotifyScopes.UserReadPlaybackPosition)
            ? new ResumePoints(user, request.Catalog, request.State.Clock)
            : None;

    /// <summary>
    /// Writes <c>"resume_point": {"fully_played": false, "resume_position_ms": N}</c> when there is a user. The emulator
    /// keeps no listening history for spoken content, so the position is the player's progress now when the item is the
    /// one playing, and 0 otherwise.
    /// </summary>
    public void Write(Utf8JsonWriter writer, string uri)
    {
        if (_user is null || _catalog is null || _clock is null)
        {
            return;
        }

        long position = 0;
        var player = _user.Player;
        lock (player.Gate)
        {
            if (string.Equals(player.CurrentItemUri, uri, StringComparison.Ordinal))
            {
                position = player.CurrentProgress(_catalog, _clock.GetUtcNow());
            }
        }

        writer.WriteStartObject("resume_point");
        writer.WriteBoolean("fully_played", false);
        writer.WriteNumber("resume_position_ms", position);
        writer.WriteEndObject();
    }
}
