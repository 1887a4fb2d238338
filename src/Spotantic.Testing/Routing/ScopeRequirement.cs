using Microsoft.AspNetCore.Http;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Routing;

/// <summary>What a token needs to call a route. Declared once per route with <see cref="SpotifyRouteExtensions.ForOperation"/>.</summary>
internal sealed class ScopeRequirement
{
    private readonly Func<ScopeCheckContext, bool> _check;

    private ScopeRequirement(bool requiresUser, string description, IReadOnlyList<string> scopes, Func<ScopeCheckContext, bool> check)
    {
        RequiresUser = requiresUser;
        Description = description;
        Scopes = scopes;
        _check = check;
    }

    /// <summary>Any valid token, client credentials included (catalog reads).</summary>
    public static ScopeRequirement AnyToken { get; } = new(false, "any token", [], _ => true);

    /// <summary>A user token, whatever its scopes (e.g. <c>GET /me</c>, whose fields depend on the scopes).</summary>
    public static ScopeRequirement User { get; } = new(true, "user token", [], _ => true);

    /// <summary>True when client-credentials tokens get 401 "Valid user authentication required".</summary>
    public bool RequiresUser { get; }

    public string Description { get; }

    /// <summary>The scopes named by the requirement (empty for custom checks); for diagnostics and tests.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>A user token carrying every one of <paramref name="scopes"/>.</summary>
    public static ScopeRequirement AllOf(params string[] scopes) =>
        new(true, "all of: " + string.Join(' ', scopes), scopes, c => scopes.All(c.Token.Scopes.Contains));

    /// <summary>A user token carrying at least one of <paramref name="scopes"/>.</summary>
    public static ScopeRequirement AnyOf(params string[] scopes) =>
        new(true, "any of: " + string.Join(' ', scopes), scopes, c => scopes.Any(c.Token.Scopes.Contains));

    /// <summary>
    /// A check that depends on the request, e.g. the playlist's public flag or each URI's type. Return true when the
    /// scopes suffice, and also when the request is malformed or names something unknown: the handler then answers
    /// 400 or 404 itself.
    /// </summary>
    public static ScopeRequirement Custom(string description, Func<ScopeCheckContext, bool> check, bool requiresUser = true) =>
        new(requiresUser, description, [], check);

    public bool IsSatisfiedBy(ScopeCheckContext context) => _check(context);

    public override string ToString() => Description;
}

/// <summary>What a scope check can look at: the request, the token and the emulator's state.</summary>
internal readonly record struct ScopeCheckContext(HttpContext Http, AccessTokenRecord Token, EmulatorState State)
{
    public bool Has(string scope) => Token.Scopes.Contains(scope);
}
