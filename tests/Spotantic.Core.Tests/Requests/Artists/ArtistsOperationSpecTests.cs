using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Artists;

/// <summary>Checks the Artists request records against the OpenAPI spec, so a typo in an id, path, parameter or scope cannot hide.</summary>
public sealed class ArtistsOperationSpecTests
{
    private const string Id = "382ObEPsp2rxGrnsizN5TX";

    /// <summary>Every Artists request with every optional argument set, so its query shows every parameter it can send.</summary>
    private static readonly SpotifyRequest[] FullRequests =
    [
        new GetArtistRequest(Id),
        new GetSeveralArtistsRequest([Id]),
        new GetArtistAlbumsRequest(Id) { IncludeGroups = [Spotantic.Models.AlbumGroup.Album, Spotantic.Models.AlbumGroup.Single], Market = "ES", Limit = 10, Offset = 5 },
        new GetArtistTopTracksRequest(Id) { Market = "ES" },
        new GetArtistRelatedArtistsRequest(Id),
    ];

    public static TheoryData<string> OperationIds => [.. FullRequests.Select(request => request.Operation.Id)];

    [Fact]
    public void Operations_ArtistsTagFirst_EachHasExactlyOneRequestRecord()
    {
        var specIds = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => operation.Tags.Count > 0 && operation.Tags[0] == "Artists")
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

        // GET, PUT and DELETE on these resources can be repeated safely; none of the Artists operations is a POST.
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
    public void Validate_ArtistAlbumsLimit_MatchesSpecMaximum()
    {
        var specLimit = SpotifyOpenApiDocument.Instance.Get("get-an-artists-albums").Parameters.Single(parameter => parameter.Name == "limit");

        Assert.Equal(10, specLimit.Maximum);
        Assert.Equal(specLimit.Maximum, GetArtistAlbumsRequest.MaxLimit);
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetArtistAlbumsRequest(Id) { Limit = specLimit.Maximum + 1 }.Validate).ParamName);
        Assert.Null(Record.Exception(new GetArtistAlbumsRequest(Id) { Limit = specLimit.Maximum }.Validate));
    }

    [Fact]
    public void MaxIds_SeveralArtists_MatchesSpecMaximum()
    {
        var description = SpotifyOpenApiDocument.Instance.Get("get-multiple-artists").Parameters.Single(parameter => parameter.Name == "ids").Description;

        Assert.Contains("Maximum: 50 IDs", description, StringComparison.Ordinal);
        Assert.Equal(50, GetSeveralArtistsRequest.MaxIds);
    }

    private static SpotifyRequest Find(string operationId) => FullRequests.Single(request => request.Operation.Id == operationId);
}
