using Spotantic.Testing;

namespace Spotantic.Samples;

/// <summary>Seeds more emulator users next to the demo user, for samples where several people sign in.</summary>
public static class SampleEmulatorUsers
{
    /// <summary>
    /// Adds a user whose saved albums are catalog albums no existing user has saved, so each user's library looks
    /// different from the demo user's (and from users added earlier). The catalog is seeded, so the albums are the
    /// same on every run.
    /// </summary>
    /// <param name="emulator">The started emulator.</param>
    /// <param name="id">The new user's ID, such as <c>second-listener</c>.</param>
    /// <param name="displayName">The name the sign-in page and <c>GET /me</c> show.</param>
    /// <param name="albumCount">How many albums to save; fewer when the catalog runs out.</param>
    /// <returns>The new user.</returns>
    public static EmulatorUser AddUserWithOtherAlbums(this SpotifyEmulator emulator, string id, string displayName, int albumCount = 20)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentOutOfRangeException.ThrowIfNegative(albumCount);
        var savedByOthers = emulator.Users.SelectMany(u => u.Library.GetIds(EmulatorItemType.Album)).ToHashSet(StringComparer.Ordinal);
        var user = emulator.AddUser(id, displayName);
        var albums = emulator.Catalog.Albums.Select(a => a.Id).Where(albumId => !savedByOthers.Contains(albumId)).Take(albumCount).ToArray();
        user.Library.Save(EmulatorItemType.Album, albums);
        return user;
    }
}
