namespace Spotantic.Configuration;

/// <summary>
/// How Spotantic calls the Web API: retries, timeouts, the scope check and the service addresses; bound from
/// <c>Spotantic:Client</c>.
/// </summary>
public sealed class SpotanticClientOptions
{
    /// <summary>Spotify's Web API base address.</summary>
    public static readonly Uri DefaultApiBaseAddress = new("https://api.spotify.com/v1/");

    /// <summary>Spotify's accounts service base address.</summary>
    public static readonly Uri DefaultAccountsBaseAddress = new("https://accounts.spotify.com/");

    /// <summary>How many times a call is attempted in all, the first included (the seed's <c>max_attempts</c>). Defaults to 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Whether a call is refused before sending when the token lacks the scopes it needs. Defaults to on.</summary>
    public bool CheckInsufficientScope { get; set; } = true;

    /// <summary>The Web API base address; change it to point at the Spotantic emulator or a proxy.</summary>
    public Uri ApiBaseAddress { get; set; } = DefaultApiBaseAddress;

    /// <summary>The accounts service base address (authorize page and token endpoint).</summary>
    public Uri AccountsBaseAddress { get; set; } = DefaultAccountsBaseAddress;

    /// <summary>The time one attempt may take. Defaults to 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The time a call may take across all attempts and waits. Defaults to 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The longest <c>Retry-After</c> Spotantic waits out. A 429 asking for longer fails at once with
    /// <see cref="Exceptions.SpotifyRateLimitException"/>, and further calls for the same client ID fail fast until
    /// the wait is over. Defaults to 30 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first back-off delay after a transient fault or a 429 without <c>Retry-After</c>; it grows exponentially with jitter. Defaults to 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
