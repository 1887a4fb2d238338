namespace Spotantic.Exceptions;

/// <summary>
/// Why Spotify refused an operation: it no longer serves it to apps in development mode (apps without extended
/// quota). Set on <see cref="SpotifyApiException.DevelopmentModeRestriction"/> when the status Spotify answered is the
/// one it answers development-mode apps for that operation. Spotantic never refuses such a call itself: an app with
/// extended quota gets an answer.
/// </summary>
/// <param name="OperationId">The operation, e.g. <c>get-recommendations</c>.</param>
/// <param name="Since">When Spotify stopped serving it to existing development-mode apps (27 November 2024, or 9 March 2026; new apps from 11 February 2026).</param>
/// <param name="Advice">What the app can do instead, e.g. the operation that replaces it.</param>
public sealed record SpotifyDevelopmentModeRestriction(string OperationId, DateOnly Since, string Advice);
