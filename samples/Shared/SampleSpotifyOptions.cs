using Spotantic.Configuration;
using Spotantic.Testing;

namespace Spotantic.Samples;

/// <summary>
/// How <see cref="SampleSpotify.StartAsync"/> sets up the local emulator for a sample. None of it applies when Spotify
/// credentials are configured.
/// </summary>
public sealed class SampleSpotifyOptions
{
    /// <summary>The client ID the sample's app is registered with on the emulator.</summary>
    public required string ClientId { get; init; }

    /// <summary>
    /// The flow Spotantic uses on the emulator. Defaults to <see cref="SpotifyAuthFlow.AuthorizationCodePkce"/>; any
    /// other flow also gets the app's generated client secret in <c>Spotantic:Auth:ClientSecret</c>.
    /// </summary>
    public SpotifyAuthFlow Flow { get; init; } = SpotifyAuthFlow.AuthorizationCodePkce;

    /// <summary>The scopes the sample asks for (<c>Spotantic:Auth:Scope</c>); null leaves the configured ones.</summary>
    public string? Scope { get; init; }

    /// <summary>
    /// The redirect URIs to register, exactly as the app sends them, such as
    /// <c>http://127.0.0.1:5080/signin-spotify</c> for a web app; the first becomes <c>Spotantic:Auth:RedirectUri</c>.
    /// Empty (the default) registers <c>http://127.0.0.1:{port}/callback</c> on a free port, for Spotantic's loopback
    /// login listener.
    /// </summary>
#pragma warning disable CA1054, CA1056 // Redirect URIs are compared as the exact strings registered, which Uri would normalize.
    public IReadOnlyList<string> RedirectUris { get; init; } = [];
#pragma warning restore CA1054, CA1056

    /// <summary>
    /// Whether each browser signs in on the emulator's own sign-in page and picks one of its users
    /// (<see cref="EmulatorSignInMode.SignInPage"/>), so two browsers can be two users. False (the default) signs every
    /// request in as the demo user without a page, which a browser launcher that plays the browser needs.
    /// </summary>
    public bool SignInPagePerBrowser { get; init; }

    /// <summary>
    /// Whether Spotantic keeps the emulator's tokens in a file (<c>Spotantic:Auth:StoreAccessToken</c>). The file is
    /// <c>Spotantic:Auth:AccessTokenFilePath</c> when that is configured, otherwise
    /// <c>{ClientId}/emulator.token_info_cache</c> in the user's local application data folder: never the working
    /// directory, where it would replace a real <c>.token_info_cache</c>.
    /// </summary>
    public bool StoreEmulatorToken { get; init; }

    /// <summary>
    /// Seeds the started emulator with what the sample needs (users, saved items, playback) and returns settings that
    /// depend on that data, such as the ID of an album the demo user has not saved; they are added with the emulator's.
    /// </summary>
    public Func<SpotifyEmulator, IEnumerable<KeyValuePair<string, string?>>>? SeedEmulator { get; init; }
}
