using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Catalog;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Routing;

/// <summary>
/// The authenticated API request, set by <see cref="ApiAuthMiddleware"/> before any handler runs: the token, its user
/// (null for client credentials), and what every handler needs (market, links, render context).
/// </summary>
internal sealed class ApiRequest
{
    public ApiRequest(HttpContext http, EmulatorState state, AccessTokenRecord token, EmulatorUser? user)
    {
        Http = http;
        State = state;
        Token = token;
        User = user;
    }

    public HttpContext Http { get; }

    public EmulatorState State { get; }

    public AccessTokenRecord Token { get; }

    /// <summary>Null for a client-credentials token.</summary>
    public EmulatorUser? User { get; }

    /// <summary>The user of a route declared with a user requirement (never null there).</summary>
    public EmulatorUser RequiredUser => User ?? throw new InvalidOperationException("This route was not declared with a user requirement.");

    public EmulatorCatalog Catalog => State.Catalog;

    public static ApiRequest Get(HttpContext http) =>
        http.Features.Get<ApiRequest>() ?? throw new InvalidOperationException("The route has no SpotifyOperationMetadata (call ForOperation).");

    public bool HasScope(string scope) => Token.Scopes.Contains(scope);

    /// <summary>
    /// The effective market: with a user token, the user's country takes priority over the <c>market</c> parameter
    /// (as Spotify documents); otherwise the parameter, or null. An unknown market code is 400 "Invalid market code";
    /// the legacy <c>from_token</c> is accepted with a user token.
    /// </summary>
    public bool TryGetMarket(out string? market, [NotNullWhen(false)] out IResult? error)
    {
        error = null;
        market = null;
        var raw = Http.Request.Query["market"].ToString();
        if (raw.Length > 0)
        {
            var valid = raw == "from_token" ? User is not null : CatalogWords.Markets.Contains(raw, StringComparer.Ordinal);
            if (!valid)
            {
                error = SpotifyErrors.BadRequest(SpotifyErrors.InvalidMarket);
                return false;
            }

            market = raw;
        }

        if (User is not null)
        {
            market = User.Country;
        }

        return true;
    }

    /// <summary>The optional <c>locale</c>: an ISO 639-1 language and an ISO 3166-1 country joined by '_'; else 400 "Invalid locale".</summary>
    public bool TryReadLocale([NotNullWhen(false)] out IResult? error)
    {
        error = null;
        var locale = Http.Request.Query["locale"].ToString();
        if (locale.Length > 0 && !(locale.Length == 5 && locale[2] == '_' && locale.Remove(2, 1).All(char.IsAsciiLetter)))
        {
            error = SpotifyErrors.BadRequest("Invalid locale");
            return false;
        }

        return true;
    }

    public RenderContext Render(string? market) => new(State.ApiBase, market, State.Catalog, DevelopmentMode);

    /// <summary>Whether the app the token was issued to is in development mode.</summary>
    public bool DevelopmentMode => State.Apps.GetValueOrDefault(Token.ClientId)?.QuotaMode != EmulatorQuotaMode.Extended;

    /// <summary>Links to pages of the current endpoint.</summary>
    public PageLinkBase CurrentLinks() => Paging.CurrentLinkBase(Http, State.BaseAddress);

    /// <summary>Links to pages of another endpoint, e.g. an album's tracks embedded in the album.</summary>
    public PageLinkBase LinksTo(string relativePath) => new(State.ApiBase + relativePath, []);
}
