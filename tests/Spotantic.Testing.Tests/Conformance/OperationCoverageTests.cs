using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Spotantic.Testing.Routing;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Conformance;

/// <summary>
/// The operations the emulator declares with <c>ForOperation</c> are exactly the spec's: each spec operation once, with
/// the spec's method and path, and nothing the spec does not have.
/// </summary>
public sealed partial class OperationCoverageTests
{
    private static readonly Lazy<IReadOnlyList<(string Method, string Pattern, string OperationId)>> Declared = new(DeclaredOperations);

    public static TheoryData<string> Operations => new(OpenApiSpec.Instance.Operations.Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(Operations))]
    public void Operation_IsDeclaredOnceWithTheSpecMethodAndPath(string operationId)
    {
        var operation = OpenApiSpec.Instance.Operation(operationId);

        var routes = Declared.Value.Where(d => d.OperationId == operationId).ToArray();

        Assert.True(routes.Length > 0, $"{operationId} ({operation.Method} {operation.Path}) has no emulator route declaring .ForOperation(\"{operationId}\", ...)");
        Assert.True(routes.Length == 1, $"{operationId} is declared {routes.Length} times: " + string.Join(", ", routes.Select(r => $"{r.Method} {r.Pattern}")));
        Assert.Equal(operation.Method, routes[0].Method);
        Assert.Equal(Normalize("/v1" + operation.Path), Normalize(routes[0].Pattern));
    }

    [Fact]
    public void DeclaredOperations_AreExactlyTheSpecOperations()
    {
        var spec = OpenApiSpec.Instance.Operations.Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);
        var declared = Declared.Value.Select(d => d.OperationId).ToArray();

        var missing = spec.Where(id => !declared.Contains(id, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var extra = declared.Where(id => !spec.Contains(id)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var twice = declared.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(97, spec.Count);
        Assert.True(
            missing.Length == 0 && extra.Length == 0 && twice.Length == 0,
            $"Emulator operations differ from the spec's {spec.Count}:" +
            $"\n  missing ({missing.Length}): {string.Join(", ", missing)}" +
            $"\n  not in the spec ({extra.Length}): {string.Join(", ", extra)}" +
            $"\n  declared more than once ({twice.Length}): {string.Join(", ", twice)}");
    }

    [Fact]
    public void Normalize_IgnoresParameterNames()
    {
        Assert.Equal(Normalize("/v1/playlists/{playlist_id}/items"), Normalize("/v1/playlists/{playlistId}/items"));
        Assert.NotEqual(Normalize("/v1/playlists/{id}/items"), Normalize("/v1/playlists/{id}/tracks"));
    }

    /// <summary>Route parameters may be named differently from the spec's (<c>{playlistId}</c> for <c>{playlist_id}</c>).</summary>
    private static string Normalize(string pattern) => ParameterPattern().Replace(pattern.TrimEnd('/'), "{}");

    private static IReadOnlyList<(string Method, string Pattern, string OperationId)> DeclaredOperations()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var state = new Spotantic.Testing.State.EmulatorState(new SpotifyEmulatorOptions());
        var app = builder.Build();
        try
        {
            EmulatorRouting.Map(app, state);
            EmulatorRouting.Validate(app);
            return [.. EmulatorRouting.Operations(app).Select(o => (o.Method, o.Pattern, o.Operation.OperationId))];
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex ParameterPattern();
}
