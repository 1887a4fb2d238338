namespace Spotantic.Testing;

/// <summary>Who the user at the emulated <c>GET /authorize</c> is.</summary>
public enum EmulatorSignInMode
{
    /// <summary>
    /// Every request is made by <see cref="EmulatorAccounts.SignedInUserId"/>, with no sign-in step. The default, so that
    /// a test that drives one user needs no browser state.
    /// </summary>
    SignedInUser,

    /// <summary>
    /// Each browser signs in, as on Spotify's accounts site: a request without a valid accounts-session cookie is
    /// redirected to <c>/login</c>, which lists every emulator user; the choice is remembered in the
    /// <see cref="EmulatorAccounts.SessionCookieName"/> cookie until <c>/logout</c>. Two browsers can so be two users.
    /// </summary>
    SignInPage,
}
