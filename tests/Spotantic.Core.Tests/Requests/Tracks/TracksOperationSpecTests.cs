using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

/// <summary>Checks the Tracks request records against the OpenAPI spec, so a typo in an id, path, parameter or scope cannot hide.</summary>
public sealed class TracksOperationSpecTests
{
    private const string Id = "382ObEPsp2rxGrnsizN5TX";

    /// <summary>Every Tracks request with every optional argument set, so its query shows every parameter it can send.</summary>
    private static readonly SpotifyRequest[] FullRequests =
    [
        new GetTrackRequest(Id) { Market = "ES" },
        new GetSeveralTracksRequest([Id]) { Market = "ES" },
        new GetUserSavedTracksRequest { Market = "ES", Limit = 10, Offset = 5 },
        new SaveTracksForUserRequest([Id]),
        new RemoveUserSavedTracksRequest([Id]),
        new CheckUserSavedTracksRequest([Id]),
        new GetSeveralAudioFeaturesRequest([Id]),
        new GetAudioFeaturesRequest(Id),
        new GetAudioAnalysisRequest(Id),
        GetRecommendationsRequestTests.WithEveryParameter(),
    ];

    public static TheoryData<string> OperationIds => [.. FullRequests.Select(request => request.Operation.Id)];

    [Fact]
    public void Operations_TracksTagFirst_EachHasExactlyOneRequestRecord()
    {
        var specIds = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => operation.Tags.Count > 0 && operation.Tags[0] == "Tracks")
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

        // GET, PUT and DELETE on these resources can be repeated safely; none of the Tracks operations is a POST.
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

    [Theory]
    [InlineData("get-users-saved-tracks", 50)]
    [InlineData("get-recommendations", 100)]
    public void Validate_LimitAboveSpecMaximum_Rejected(string operationId, int expectedMaximum)
    {
        var specLimit = SpotifyOpenApiDocument.Instance.Get(operationId).Parameters.Single(parameter => parameter.Name == "limit");
        Assert.Equal(expectedMaximum, specLimit.Maximum);
        var max = specLimit.Maximum!.Value;
        (SpotifyRequest Over, SpotifyRequest At) requests = Find(operationId) switch
        {
            GetUserSavedTracksRequest r => (r with { Limit = max + 1 }, r with { Limit = max }),
            GetRecommendationsRequest r => (r with { Limit = max + 1 }, r with { Limit = max }),
            var other => throw new InvalidOperationException($"{other.GetType().Name} has a limit the test does not know."),
        };

        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(requests.Over.Validate).ParamName);
        Assert.Null(Record.Exception(requests.At.Validate));
    }

    [Theory]
    [InlineData("get-several-tracks", "query:ids", "Maximum: 50 IDs", 50)]
    [InlineData("remove-tracks-user", "query:ids", "Maximum: 50 IDs", 50)]
    [InlineData("check-users-saved-tracks", "query:ids", "Maximum: 50 IDs", 50)]
    [InlineData("get-several-audio-features", "query:ids", "Maximum: 100 IDs", 100)]
    public void MaxIds_TrackIdLists_MatchSpecMaximum(string operationId, string parameter, string text, int expected)
    {
        var description = SpotifyOpenApiDocument.Instance.Get(operationId).Parameters.Single(p => $"{p.In}:{p.Name}" == parameter).Description;
        var max = operationId switch
        {
            "get-several-tracks" => GetSeveralTracksRequest.MaxIds,
            "remove-tracks-user" => RemoveUserSavedTracksRequest.MaxIds,
            "check-users-saved-tracks" => CheckUserSavedTracksRequest.MaxIds,
            _ => GetSeveralAudioFeaturesRequest.MaxIds,
        };

        Assert.Contains(text, description, StringComparison.Ordinal);
        Assert.Equal(expected, max);
    }

    [Fact]
    public void MaxIds_SaveTracksBody_MatchesSpecMaximum()
    {
        var spec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "spotify-web-api.openapi.yml"));
        var start = spec.IndexOf("operationId: save-tracks-user", StringComparison.Ordinal);
        var end = spec.IndexOf("operationId:", start + 1, StringComparison.Ordinal);

        Assert.Contains("A maximum of 50 items can be specified in one request", spec[start..end], StringComparison.Ordinal);
        Assert.Equal(50, SaveTracksForUserRequest.MaxIds);
    }

    private static SpotifyRequest Find(string operationId) => FullRequests.Single(request => request.Operation.Id == operationId);
}
