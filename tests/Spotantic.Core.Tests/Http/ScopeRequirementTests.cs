using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class ScopeRequirementTests
{
    private static readonly HashSet<string> Granted = new(["user-library-read", "playlist-read-private"], StringComparer.Ordinal);

    [Fact]
    public void GetMissing_None_AlwaysEmpty()
    {
        Assert.Empty(ScopeRequirement.None.GetMissing(new HashSet<string>()));
        Assert.Empty(ScopeRequirement.None.Scopes);
    }

    [Fact]
    public void GetMissing_AllOfPartlyGranted_OnlyMissingOnesInOrder()
    {
        var rule = ScopeRequirement.AllOf("user-top-read", "user-library-read", "user-follow-read");

        Assert.Equal(["user-top-read", "user-follow-read"], rule.GetMissing(Granted));
    }

    [Fact]
    public void GetMissing_AllOfFullyGranted_Empty()
    {
        Assert.Empty(ScopeRequirement.AllOf("user-library-read", "playlist-read-private").GetMissing(Granted));
    }

    [Fact]
    public void GetMissing_AnyOfOneGranted_Empty()
    {
        Assert.Empty(ScopeRequirement.AnyOf("user-top-read", "playlist-read-private").GetMissing(Granted));
    }

    [Fact]
    public void GetMissing_AnyOfNoneGranted_AllAlternatives()
    {
        Assert.Equal(["user-top-read", "user-follow-read"], ScopeRequirement.AnyOf("user-top-read", "user-follow-read").GetMissing(Granted));
    }

    [Fact]
    public void GetMissing_ScopeNamesDifferingInCase_NotGranted()
    {
        Assert.Equal(["User-Library-Read"], ScopeRequirement.AllOf("User-Library-Read").GetMissing(Granted));
    }

    [Fact]
    public void Parse_SpaceSeparated_SetOfScopes()
    {
        Assert.Equal(["playlist-read-private", "user-library-read"], SpotifyScopes.Parse("  user-library-read   playlist-read-private ").Order(StringComparer.Ordinal));
        Assert.Empty(SpotifyScopes.Parse(null));
        Assert.Empty(SpotifyScopes.Parse("   "));
    }

    [Fact]
    public void All_SpecScopes_Nineteen()
    {
        Assert.Equal(19, SpotifyScopes.All.Count);
        Assert.Contains("user-library-read", (IEnumerable<string>)SpotifyScopes.All);
    }
}
