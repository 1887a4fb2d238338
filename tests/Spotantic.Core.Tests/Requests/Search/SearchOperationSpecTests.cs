using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Search;

/// <summary>Checks the Search request records against the OpenAPI spec, so a typo in an id, path, parameter or scope cannot hide.</summary>
public sealed class SearchOperationSpecTests
{
    private const string Id = "382ObEPsp2rxGrnsizN5TX";

    /// <summary>Every Search request with every optional argument set, so its query shows every parameter it can send.</summary>
    private static readonly SpotifyRequest[] FullRequests =
    [
        new SearchRequest("remaster track:Doxy", [SearchType.Track, SearchType.Album]) { Market = "ES", Limit = 10, Offset = 5, IncludeExternalAudio = true },
    ];

    public static TheoryData<string> OperationIds => [.. FullRequests.Select(request => request.Operation.Id)];

    [Fact]
    public void Operations_SearchTagFirst_EachHasExactlyOneRequestRecord()
    {
        var specIds = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => operation.Tags.Count > 0 && operation.Tags[0] == "Search")
            .Select(operation => operation.Id)
            .Order(StringComparer.Ordinal);
        var recordIds = FullRequests.Select(request => request.Operation.Id).Order(StringComparer.Ordinal);

        Assert.Equal(specIds, recordIds);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_MethodAndPath_MatchSpec(string operationId)
    {
        var operation = Find(operationId).Operation;
        var spec = SpotifyOpenApiDocument.Instance.Get(operationId);

        Assert.Equal(spec.Method, operation.Method);
        Assert.Equal(spec.Path, operation.PathTemplate);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Deprecated_MatchesSpec(string operationId)
    {
        Assert.Equal(SpotifyOpenApiDocument.Instance.Get(operationId).IsDeprecated, Find(operationId).Operation.IsDeprecated);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Scopes_MatchSpecSecurity(string operationId)
    {
        var operation = Find(operationId).Operation;
        var specScopes = SpotifyOpenApiDocument.Instance.Get(operationId).Scopes.Order(StringComparer.Ordinal);

        Assert.Equal(specScopes, operation.Scopes.Scopes.Order(StringComparer.Ordinal));
        Assert.Empty(operation.Scopes.GetMissing(new HashSet<string>(specScopes, StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Idempotency_FollowsHttpMethod(string operationId)
    {
        var operation = Find(operationId).Operation;

        // GET, PUT and DELETE on these resources can be repeated safely; none of the Search operations is a POST.
        Assert.Equal(operation.Method != HttpMethod.Post, operation.IsIdempotent);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_QueryNames_AreTheSpecsQueryParameters(string operationId)
    {
        var request = Find(operationId);
        var spec = SpotifyOpenApiDocument.Instance.Get(operationId);
        var specQuery = spec.Parameters.Where(parameter => parameter.In == "query").ToArray();

        var relative = request.BuildRelativeUri();
        var queryStart = relative.IndexOf('?', StringComparison.Ordinal);
        var sent = queryStart < 0 ? [] : QueryHelpers.ParseQuery(relative[queryStart..]).Keys.Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(specQuery.Select(parameter => parameter.Name).Order(StringComparer.Ordinal), sent);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_Path_FollowsSpecTemplate(string operationId)
    {
        var request = Find(operationId);
        var template = SpotifyOpenApiDocument.Instance.Get(operationId).Path.TrimStart('/');

        var path = request.BuildRelativeUri().Split('?')[0];

        Assert.Equal(template.Replace("{id}", Id, StringComparison.Ordinal), path);
    }

    [Fact]
    public void Validate_LimitAndOffset_MatchSpecBounds()
    {
        var parameters = SpotifyOpenApiDocument.Instance.Get("search").Parameters;
        var limit = parameters.Single(parameter => parameter.Name == "limit").Maximum;
        var offset = parameters.Single(parameter => parameter.Name == "offset").Maximum;
        var request = new SearchRequest("abba", [SearchType.Track]);

        Assert.Equal(10, limit);
        Assert.Equal(1000, offset);
        Assert.Equal((limit, offset), (SearchRequest.MaxLimit, SearchRequest.MaxOffset));
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>((request with { Limit = limit + 1 }).Validate).ParamName);
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>((request with { Offset = offset + 1 }).Validate).ParamName);
        Assert.Null(Record.Exception((request with { Limit = limit, Offset = offset }).Validate));
    }

    [Fact]
    public void SearchType_Values_AreTheSpecsTypeEnumInOrder()
    {
        var spec = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "spec", "spotify-web-api.openapi.yml"));
        var operation = Array.FindIndex(spec, line => line.Trim() == "operationId: search");
        var typeParameter = Array.FindIndex(spec, operation, line => line.Trim() == "- name: type");
        var enumLine = Array.FindIndex(spec, typeParameter, line => line.Trim() == "enum:");
        var specValues = spec.Skip(enumLine + 1).TakeWhile(line => line.TrimStart().StartsWith("- ", StringComparison.Ordinal)).Select(line => line.Trim()[2..]).ToArray();
        var relative = new SearchRequest("x", Enum.GetValues<SearchType>()).BuildRelativeUri();

        var sent = QueryHelpers.ParseQuery(relative[relative.IndexOf('?', StringComparison.Ordinal)..])["type"].ToString();

        Assert.Equal(7, specValues.Length);
        Assert.Equal(specValues, sent.Split(','));
    }

    private static SpotifyRequest Find(string operationId) => FullRequests.Single(request => request.Operation.Id == operationId);
}
