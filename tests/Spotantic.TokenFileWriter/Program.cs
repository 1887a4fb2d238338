using System.Globalization;
using Spotantic.Auth;

// Usage:
//   Spotantic.TokenFileWriter <token file> <writer name> <count>
//     Writes <count> tokens whose access token is "<writer name>-<i>-<padding>" through the file store, about one a
//     millisecond, so that the writes span long enough for a reader in another process to land among them.
//   Spotantic.TokenFileWriter write <token file> <expires at, Unix seconds>
//     Writes one token expiring then (the time-zone tests run this with TZ set).
//   Spotantic.TokenFileWriter read <token file>
//     Prints the stored token's expiry as Unix seconds, and its token type.
switch (args)
{
    case ["write", var path, var expiresAt]:
        await new FileSpotifyTokenStore(path).SetAsync(SpotifyTokenKeys.Default, new SpotifyToken
        {
            AccessToken = "written-by-dotnet",
            RefreshToken = "refresh",
            Scope = "user-library-read user-library-modify",
            ExpiresIn = 3600,
            ExpiresAt = long.Parse(expiresAt, CultureInfo.InvariantCulture),
        });
        return 0;

    case ["read", var path]:
        var token = await new FileSpotifyTokenStore(path).GetAsync(SpotifyTokenKeys.Default);
        Console.WriteLine(token is null ? "none" : $"{token.ExpiresAt.ToString(CultureInfo.InvariantCulture)} {token.TokenType}");
        return 0;

    case [var path, var name, var countText]:
        var store = new FileSpotifyTokenStore(path);
        var count = int.Parse(countText, CultureInfo.InvariantCulture);

        // Writers differ in length, so a torn file (one writer's bytes over another's) cannot parse as a valid token.
        var padding = new string('x', 100 * (name.Sum(c => c) % 20));
        for (var i = 0; i < count; i++)
        {
            await store.SetAsync(SpotifyTokenKeys.Default, new SpotifyToken
            {
                AccessToken = $"{name}-{i}-{padding}",
                RefreshToken = "refresh",
                ExpiresIn = 3600,
                ExpiresAt = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
            });
            await Task.Delay(1);
        }

        return 0;

    default:
        Console.Error.WriteLine("usage: Spotantic.TokenFileWriter <token file> <writer name> <count> | write <token file> <expires at> | read <token file>");
        return 2;
}
