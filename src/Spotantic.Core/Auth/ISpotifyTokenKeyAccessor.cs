namespace Spotantic.Auth;

/// <summary>
/// Tells whose token the injected clients use for the call being made: <see cref="SpotifyTokenKeys.Default"/> in a
/// worker or tool; in an ASP.NET Core request, the signed-in user (<c>Spotantic.AspNetCore</c> replaces this service).
/// </summary>
public interface ISpotifyTokenKeyAccessor
{
    /// <summary>The token key of the current call.</summary>
    string TokenKey { get; }
}
