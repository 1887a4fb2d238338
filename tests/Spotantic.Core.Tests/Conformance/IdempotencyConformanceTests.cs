using Spotantic.Core.Tests.TestSupport;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// Whether each operation may be retried after a transient fault: GET, PUT and DELETE may, POST may not, with the
/// documented exceptions below. A wrong flag either retries a command Spotify may already have applied (a second
/// skip, a duplicate playlist item) or gives up on a read that could have succeeded.
/// </summary>
public sealed class IdempotencyConformanceTests
{
    /// <summary>Operations whose idempotency is not what their HTTP method says.</summary>
    private static readonly Dictionary<string, bool> Exceptions = new(StringComparer.Ordinal)
    {
        // Starting or resuming playback restarts the track or context when repeated.
        ["start-a-users-playback"] = false,
    };

    /// <summary>Operations whose idempotency depends on the request: a replace may be repeated, a reorder may not.</summary>
    private static readonly string[] ReorderOrReplace = ["reorder-or-replace-playlists-items", "reorder-or-replace-playlists-tracks"];

    public static TheoryData<string> ReorderOrReplaceOperations() => [.. ReorderOrReplace];

    [Fact]
    public void IsIdempotent_EveryRecord_FollowsItsHttpMethodOrADocumentedException()
    {
        var problems = new List<string>();
        foreach (var operation in SpotifyOpenApiDocument.Instance.Operations.Where(operation => !ReorderOrReplace.Contains(operation.Id)))
        {
            if (SpotanticSurface.RecordsFor(operation.Id) is not [var record])
            {
                problems.Add($"missing: {operation.Id} has no (single) request record");
                continue;
            }

            var expected = Exceptions.TryGetValue(operation.Id, out var exception) ? exception : operation.Method != HttpMethod.Post;
            if (record.Definition!.IsIdempotent != expected)
            {
                problems.Add($"{operation.Id}: {record}.Definition.IsIdempotent is {record.Definition.IsIdempotent}, expected {expected} ({operation.Method})");
            }

            try
            {
                var sample = RequestFactory.Create(record.Type);
                if (sample.IsIdempotent != record.Definition.IsIdempotent)
                {
                    problems.Add($"{operation.Id}: {record}.IsIdempotent is {sample.IsIdempotent}, but its Definition says {record.Definition.IsIdempotent}");
                }
            }
            catch (RequestFactoryException factoryException)
            {
                problems.Add($"{operation.Id}: {factoryException.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(ReorderOrReplaceOperations))]
    public void IsIdempotent_ReplaceVersusReorder_OnlyTheReplaceMayBeRetried(string operationId)
    {
        var records = SpotanticSurface.RecordsFor(operationId);
        Assert.True(records.Count == 1, $"missing: {operationId} has no (single) request record");
        var sample = RequestFactory.Create(records[0].Type);

        var replace = RequestFactory.With(RequestFactory.With(RequestFactory.With(sample, "RangeStart", null), "InsertBefore", null), "Uris", new[] { $"spotify:track:{RequestFactory.ValidId}" });
        var reorder = RequestFactory.With(RequestFactory.With(RequestFactory.With(sample, "Uris", null), "RangeStart", 0), "InsertBefore", 2);

        Assert.Null(RequestFactory.TryValidate(replace)?.Message);
        Assert.Null(RequestFactory.TryValidate(reorder)?.Message);
        Assert.True(replace.IsIdempotent, $"{operationId}: a replace (Uris set) should be idempotent");
        Assert.False(reorder.IsIdempotent, $"{operationId}: a reorder (RangeStart, InsertBefore) must not be retried");
    }
}
