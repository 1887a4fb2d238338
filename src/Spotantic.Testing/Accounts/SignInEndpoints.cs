using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Accounts;

/// <summary>
/// The sign-in side of the accounts site, used in <see cref="EmulatorSignInMode.SignInPage"/> mode: <c>GET /login</c>
/// lists every user, <c>POST /login</c> remembers the chosen one in the <see cref="EmulatorAccounts.SessionCookieName"/>
/// cookie and goes back to <c>/authorize</c>, <c>GET</c> or <c>POST /logout</c> forgets it.
/// </summary>
internal static class SignInEndpoints
{
    public const string LoginPath = "/login";
    public const string LogoutPath = "/logout";
    private const string AuthorizePath = "/authorize";
    private const string ContinueField = "continue";
    private const string UserIdField = "user_id";

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        app.MapGet(LoginPath, (HttpContext http) => LoginPage(http, state));
        app.MapPost(LoginPath, SpotifyRouteExtensions.Async(http => LoginAsync(http, state)));
        app.MapGet(LogoutPath, SpotifyRouteExtensions.Async(http => LogoutAsync(http, state)));
        app.MapPost(LogoutPath, SpotifyRouteExtensions.Async(http => LogoutAsync(http, state)));
    }

    /// <summary>The session ID the browser sent, or null.</summary>
    public static string? SessionIdOf(HttpContext http)
    {
        var value = http.Request.Cookies[EmulatorAccounts.SessionCookieName];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The user of a running session, or null when the session is unknown, ended, or its user is gone.</summary>
    public static string? UserOf(string? sessionId, EmulatorState state)
    {
        var userId = state.Accounts.Sessions.FindUser(sessionId);
        return userId is not null && state.Users.ContainsKey(userId) ? userId : null;
    }

    /// <summary>Sends the browser to the sign-in page, which comes back to this very <c>/authorize</c> request.</summary>
    public static IResult RedirectToLogin(HttpContext http) =>
        Results.Redirect(LoginPath + "?" + ContinueField + "=" + Uri.EscapeDataString(http.Request.Path.Value + http.Request.QueryString.Value));

    /// <summary>The sign-out link that comes back to <paramref name="continueTo"/>, a local path.</summary>
    public static string LogoutUrl(string continueTo) => LogoutPath + "?" + ContinueField + "=" + Uri.EscapeDataString(continueTo);

    /// <summary>
    /// A path on this server: one leading slash (<c>//host</c> and <c>/\host</c> are other hosts to a browser) and only
    /// printable ASCII, so it can neither leave the emulator nor break the <c>Location</c> header.
    /// </summary>
    public static bool IsLocalPath(string value) =>
        value.Length > 0
        && value[0] == '/'
        && (value.Length == 1 || (value[1] != '/' && value[1] != '\\'))
        && value.All(c => c is > ' ' and < '\u007f');

    /// <summary>Only the authorization request may follow a sign-in, so the page cannot redirect anywhere else.</summary>
    private static bool IsAuthorizeRequest(string value) =>
        IsLocalPath(value)
        && (string.Equals(value, AuthorizePath, StringComparison.Ordinal) || value.StartsWith(AuthorizePath + "?", StringComparison.Ordinal));

    private static IResult LoginPage(HttpContext http, EmulatorState state)
    {
        var continueTo = http.Request.Query[ContinueField].ToString();
        if (continueTo.Length > 0 && !IsAuthorizeRequest(continueTo))
        {
            return InvalidContinue();
        }

        var current = UserOf(SessionIdOf(http), state);
        var body = new StringBuilder();
        body.Append("<h1>Log in to Spotify (emulator)</h1>\n");
        if (current is not null)
        {
            body.Append("<p id=\"signed-in-user\">Signed in as ").Append(AccountsHtml.Encode(DisplayNameOf(state, current))).Append("</p>\n");
        }

        body.Append("<ul id=\"users\">\n");
        foreach (var user in state.Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            var id = AccountsHtml.Encode(user.Id);
            body.Append("<li><form method=\"post\" action=\"").Append(LoginPath).Append("\">")
                .Append("<input type=\"hidden\" name=\"").Append(UserIdField).Append("\" value=\"").Append(id).Append("\">");
            if (continueTo.Length > 0)
            {
                body.Append("<input type=\"hidden\" name=\"").Append(ContinueField).Append("\" value=\"").Append(AccountsHtml.Encode(continueTo)).Append("\">");
            }

            body.Append("<button id=\"sign-in-").Append(id).Append("\" type=\"submit\">").Append(AccountsHtml.Encode(user.DisplayName)).Append("</button></form></li>\n");
        }

        body.Append("</ul>");
        return AccountsHtml.Page("Log in to Spotify (emulator)", body.ToString());
    }

    private static async Task<IResult> LoginAsync(HttpContext http, EmulatorState state)
    {
        if (!http.Request.HasFormContentType)
        {
            return AccountsHtml.Error("INVALID_REQUEST: Expected a form");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var continueTo = form[ContinueField].ToString();
        if (continueTo.Length > 0 && !IsAuthorizeRequest(continueTo))
        {
            return InvalidContinue();
        }

        var userId = form[UserIdField].ToString();
        if (userId.Length == 0 || !state.Users.ContainsKey(userId))
        {
            return AccountsHtml.Error("INVALID_REQUEST: Unknown user");
        }

        // Signing in again replaces the browser's session, so the old ID stops working at once.
        state.Accounts.Sessions.End(SessionIdOf(http));
        var sessionId = state.Accounts.Sessions.Start(userId);
        http.Response.Cookies.Append(EmulatorAccounts.SessionCookieName, sessionId, CookieOptions());
        if (continueTo.Length > 0)
        {
            return Results.Redirect(continueTo);
        }

        return AccountsHtml.Page(
            "Logged in",
            "<h1>Logged in</h1>\n<p id=\"signed-in-user\">Signed in as " + AccountsHtml.Encode(DisplayNameOf(state, userId)) + "</p>");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, EmulatorState state)
    {
        var continueTo = http.Request.Query[ContinueField].ToString();
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            if (form.ContainsKey(ContinueField))
            {
                continueTo = form[ContinueField].ToString();
            }
        }

        state.Accounts.Sessions.End(SessionIdOf(http));
        http.Response.Cookies.Delete(EmulatorAccounts.SessionCookieName, CookieOptions());

        // Signing out is harmless, so an unsafe continue is ignored rather than refused; it is never followed.
        if (IsLocalPath(continueTo))
        {
            return Results.Redirect(continueTo);
        }

        return AccountsHtml.Page(
            "Logged out",
            "<h1>Logged out</h1>\n<p id=\"signed-out\">You are logged out of Spotify (emulator).</p>\n<p><a id=\"log-in\" href=\"" + LoginPath + "\">Log in</a></p>");
    }

    private static IResult InvalidContinue() => AccountsHtml.Error("INVALID_REQUEST: continue must be a relative /authorize path");

    private static string DisplayNameOf(EmulatorState state, string userId) => state.FindUser(userId)?.DisplayName ?? userId;

    // The server is plain HTTP on loopback, so the cookie cannot be Secure; Lax still sends it on the top-level
    // navigation from the app to /authorize, as Spotify's own cookie is sent.
    private static CookieOptions CookieOptions() => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
    };
}
