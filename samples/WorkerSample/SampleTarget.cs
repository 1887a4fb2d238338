namespace WorkerSample;

/// <summary>What the sample talks to: Spotify, or the local emulator started for this run.</summary>
internal sealed record SampleTarget(bool IsEmulator, Uri ApiBaseAddress, string? DemoUserId)
{
    /// <summary>Spotify, or whatever <c>Spotantic:Client:ApiBaseAddress</c> points at (a proxy, a test server).</summary>
    public static SampleTarget ForSpotify(string? configuredApiBaseAddress) =>
        new(false, Uri.TryCreate(configuredApiBaseAddress, UriKind.Absolute, out var address) ? address : new Uri("https://api.spotify.com/v1/"), null);
}
