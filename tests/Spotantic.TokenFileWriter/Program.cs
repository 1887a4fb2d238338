using System.Globalization;
using Spotantic.Auth;

// Usage: Spotantic.TokenFileWriter <token file> <writer name> <count>
// Writes <count> tokens whose access token is "<writer name>-<i>-<padding>" through the file store, about one a
// millisecond, so that the writes span long enough for a reader in another process to land among them.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Spotantic.TokenFileWriter <token file> <writer name> <count>");
    return 2;
}

var store = new FileSpotifyTokenStore(args[0]);
var count = int.Parse(args[2], CultureInfo.InvariantCulture);
// Writers differ in length, so a torn file (one writer's bytes over another's) cannot parse as a valid token.
var padding = new string('x', 100 * (args[1].Sum(c => c) % 20));
for (var i = 0; i < count; i++)
{
    await store.SetAsync(SpotifyTokenKeys.Default, new SpotifyToken
    {
        AccessToken = $"{args[1]}-{i}-{padding}",
        RefreshToken = "refresh",
        ExpiresIn = 3600,
        ExpiresAt = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
    });
    await Task.Delay(1);
}

return 0;
