using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Library;

/// <summary>Checks the Library request records against the OpenAPI spec.</summary>
public sealed class LibraryOperationSpecTests
{
    private static readonly string[] AllTypes =
    [
        "spotify:track:7a3LWj5xSFhFRYmztS8wgK", "spotify:album:4aawyAB9vmqN3uQ7FjRGTy", "spotify:episode:512ojhOuo1ktJprKbVcKyQ",
        "spotify:show:38bS44xjbVVZ3No3ByF1dJ", "spotify:audiobook:7iHfbu1YPACw6oZPAFJtqe", "spotify:artist:2takcwOaAZWiXQijPHIx7B",
        "spotify:user:smedjan", "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n",
    ];

    private static readonly SpotifyRequest[] FullRequests =
    [
        new SaveLibraryItemsRequest(AllTypes),
        new RemoveLibraryItemsRequest(AllTypes),
        new CheckLibraryContainsRequest(AllTypes),
    ];

    public static TheoryData<string> OperationIds => [.. FullRequests.Select(request => request.Operation.Id)];

    [Fact]
    public void Operations_LibraryTagFirst_EachHasExactlyOneRequestRecord()
    {
        var specIds = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => operation.Tags.Count > 0 && operation.Tags[0] == "Library")
            .Select(operation => operation.Id)
            .Order(StringComparer.Ordinal);

        Assert.Equal(specIds, FullRequests.Select(request => request.Operation.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_MethodPathAndDeprecation_MatchSpec(string operationId)
    {
        var operation = Find(operationId).Operation;
        var spec = SpotifyOpenApiDocument.Instance.Get(operationId);

        Assert.Equal(spec.Method, operation.Method);
        Assert.Equal(spec.Path, operation.PathTemplate);
        Assert.Equal(spec.IsDeprecated, operation.IsDeprecated);
        Assert.True(operation.IsIdempotent);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void RequiredScopes_EveryUriType_SpecScopesExactlyEnough(string operationId)
    {
        var request = Find(operationId);
        var specScopes = SpotifyOpenApiDocument.Instance.Get(operationId).Scopes;

        // The spec's list is the per-type union (library, follow, playlist); with every type present it is exactly enough.
        Assert.Empty(request.RequiredScopes.GetMissing(specScopes.ToHashSet(StringComparer.Ordinal)));
        Assert.Empty(request.Operation.Scopes.GetMissing(specScopes.ToHashSet(StringComparer.Ordinal)));
        foreach (var scope in specScopes)
        {
            Assert.Contains(scope, request.RequiredScopes.GetMissing(specScopes.Where(s => s != scope).ToHashSet(StringComparer.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_QueryAndPath_FollowSpec(string operationId)
    {
        var request = Find(operationId);
        var spec = SpotifyOpenApiDocument.Instance.Get(operationId);

        var relative = request.BuildRelativeUri();
        var query = QueryHelpers.ParseQuery(relative[relative.IndexOf('?', StringComparison.Ordinal)..]);

        Assert.Equal(spec.Path.TrimStart('/'), relative.Split('?')[0]);
        Assert.Equal(spec.Parameters.Where(p => p.In == "query").Select(p => p.Name), query.Keys);
        Assert.Equal(AllTypes, query["uris"].ToString().Split(','));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void MaxUris_MatchesSpecMaximum(string operationId)
    {
        var description = SpotifyOpenApiDocument.Instance.Get(operationId).Parameters.Single(p => p.Name == "uris").Description;

        Assert.Contains("Maximum: 40 URIs", description, StringComparison.Ordinal);
        Assert.Equal(40, Find(operationId).GetType().GetField("MaxUris")!.GetValue(null));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void UriTypes_EverySpecListedTypeAccepted(string operationId)
    {
        var description = SpotifyOpenApiDocument.Instance.Get(operationId).Parameters.Single(p => p.Name == "uris").Description!;
        var listed = System.Text.RegularExpressions.Regex.Matches(description, @"`spotify:(\w+):\{id\}`").Select(m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(listed);
        foreach (var type in listed)
        {
            var uri = AllTypes.Single(u => u.StartsWith("spotify:" + type + ":", StringComparison.Ordinal));
            SpotifyRequest single = Find(operationId) switch
            {
                SaveLibraryItemsRequest => new SaveLibraryItemsRequest([uri]),
                RemoveLibraryItemsRequest => new RemoveLibraryItemsRequest([uri]),
                _ => new CheckLibraryContainsRequest([uri]),
            };
            Assert.Null(Record.Exception(single.Validate));
        }
    }

    private static SpotifyRequest Find(string operationId) => FullRequests.Single(request => request.Operation.Id == operationId);
}
