namespace Spotantic.Http;

/// <summary>
/// A rule that says which OAuth scopes an operation needs: none, all of a set, or any one of a set.
/// </summary>
/// <remarks>
/// The spec's <c>security</c> lists are wider than what Spotify enforces (e.g. <c>GET /me</c> works without
/// <c>user-read-email</c>), so each operation states the rule Spotify really applies; the scope check must never
/// block a call Spotify would serve.
/// </remarks>
public abstract class ScopeRequirement
{
    private protected ScopeRequirement()
    {
    }

    /// <summary>Any valid token works, including a client-credentials token.</summary>
    public static ScopeRequirement None { get; } = new NoScopes();

    /// <summary>The token must carry every one of <paramref name="scopes"/>.</summary>
    /// <param name="scopes">The scopes.</param>
    /// <returns>The rule.</returns>
    public static ScopeRequirement AllOf(params string[] scopes) => new AllOfScopes(scopes);

    /// <summary>The token must carry at least one of <paramref name="scopes"/>.</summary>
    /// <param name="scopes">The alternatives.</param>
    /// <returns>The rule.</returns>
    public static ScopeRequirement AnyOf(params string[] scopes) => new AnyOfScopes(scopes);

    /// <summary>Every one of <paramref name="requirements"/> must be satisfied (e.g. one rule per URI type of a library call).</summary>
    /// <param name="requirements">The rules.</param>
    /// <returns>The combined rule.</returns>
    public static ScopeRequirement All(IEnumerable<ScopeRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var parts = requirements.Where(r => r.Scopes.Count > 0).Distinct().ToArray();
        return parts.Length switch
        {
            0 => None,
            1 => parts[0],
            _ => new CombinedScopes(parts),
        };
    }

    /// <summary>Every scope the rule mentions.</summary>
    public abstract IReadOnlyList<string> Scopes { get; }

    /// <summary>Returns the scopes the token lacks, or an empty list when the rule is satisfied.</summary>
    /// <param name="granted">The scopes granted to the token.</param>
    /// <returns>The missing scopes (for an any-of rule: all alternatives, since any one would do).</returns>
    public abstract IReadOnlyList<string> GetMissing(IReadOnlySet<string> granted);

    private sealed class NoScopes : ScopeRequirement
    {
        public override IReadOnlyList<string> Scopes => [];

        public override IReadOnlyList<string> GetMissing(IReadOnlySet<string> granted) => [];

        public override string ToString() => "no scope";
    }

    private sealed class CombinedScopes(ScopeRequirement[] parts) : ScopeRequirement
    {
        public override IReadOnlyList<string> Scopes { get; } = [.. parts.SelectMany(part => part.Scopes).Distinct(StringComparer.Ordinal)];

        public override IReadOnlyList<string> GetMissing(IReadOnlySet<string> granted) =>
            [.. parts.SelectMany(part => part.GetMissing(granted)).Distinct(StringComparer.Ordinal)];

        public override string ToString() => string.Join("; and ", parts.Select(part => part.ToString()));
    }

    private sealed class AllOfScopes(string[] scopes) : ScopeRequirement
    {
        public override IReadOnlyList<string> Scopes { get; } = [.. scopes];

        public override IReadOnlyList<string> GetMissing(IReadOnlySet<string> granted) =>
            [.. Scopes.Where(scope => !granted.Contains(scope))];

        public override string ToString() => "all of: " + string.Join(' ', Scopes);
    }

    private sealed class AnyOfScopes(string[] scopes) : ScopeRequirement
    {
        public override IReadOnlyList<string> Scopes { get; } = [.. scopes];

        public override IReadOnlyList<string> GetMissing(IReadOnlySet<string> granted) =>
            Scopes.Any(granted.Contains) ? [] : Scopes;

        public override string ToString() => "any of: " + string.Join(' ', Scopes);
    }
}
