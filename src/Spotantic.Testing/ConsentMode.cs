namespace Spotantic.Testing;

/// <summary>What the emulated <c>GET /authorize</c> does once the request is valid.</summary>
public enum ConsentMode
{
    /// <summary>The signed-in user approves at once: redirect to the redirect URI with <c>code</c> and <c>state</c>.</summary>
    AutoApprove,

    /// <summary>The user refuses: redirect to the redirect URI with <c>error=access_denied</c> and <c>state</c>.</summary>
    Deny,

    /// <summary>Serve an HTML consent page with an approve and a deny form; the redirect follows the user's choice.</summary>
    ShowConsentPage,
}
