using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Player;

/// <summary>Checks the Player request records against the OpenAPI spec, so a typo in an id, path or scope cannot hide.</summary>
public sealed class PlayerOperationSpecTests
{
    private const string DeviceId = "0d1841b0976bae2a3a310dd74c0f3df354899bc8";

    /// <summary>Every Player request with every optional argument set, so its query shows every parameter it can send.</summary>
    private static readonly SpotifyRequest[] FullRequests =
    [
        new GetPlaybackStateRequest { Market = "ES", AdditionalTypes = ["episode"] },
        new TransferPlaybackRequest([DeviceId]) { Play = true },
        new GetAvailableDevicesRequest(),
        new GetCurrentlyPlayingRequest { Market = "ES", AdditionalTypes = ["track", "episode"] },
        new StartPlaybackRequest { DeviceId = DeviceId, ContextUri = "spotify:album:5ht7ItJgpBH7W6vJ5BqpPr", Offset = new PlaybackOffset { Position = 5 }, PositionMs = 0 },
        new PausePlaybackRequest { DeviceId = DeviceId },
        new SkipToNextRequest { DeviceId = DeviceId },
        new SkipToPreviousRequest { DeviceId = DeviceId },
        new SeekToPositionRequest(25000) { DeviceId = DeviceId },
        new SetRepeatModeRequest(RepeatState.Context) { DeviceId = DeviceId },
        new SetPlaybackVolumeRequest(50) { DeviceId = DeviceId },
        new TogglePlaybackShuffleRequest(true) { DeviceId = DeviceId },
        new GetRecentlyPlayedRequest { Limit = 10, After = 1484811043508 },
        new GetQueueRequest(),
        new AddToQueueRequest("spotify:track:4iV5W9uYEdYUVa79Axb7Rh") { DeviceId = DeviceId },
    ];

    public static TheoryData<string> OperationIds => [.. FullRequests.Select(request => request.Operation.Id)];

    [Fact]
    public void Operations_PlayerTagFirst_EachHasExactlyOneRequestRecord()
    {
        var specIds = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => operation.Tags.Count > 0 && operation.Tags[0] == "Player")
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
        Assert.Equal(spec.IsDeprecated, operation.IsDeprecated);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Scopes_SpecScopesSatisfyTheRule(string operationId)
    {
        var operation = Find(operationId).Operation;
        var specScopes = SpotifyOpenApiDocument.Instance.Get(operationId).Scopes;

        // Every scope the spec lists is one the rule names, and a token with the spec's scopes passes.
        Assert.All(specScopes, scope => Assert.Contains(scope, operation.Scopes.Scopes));
        Assert.Empty(operation.Scopes.GetMissing(new HashSet<string>(specScopes, StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("get-the-users-currently-playing-track", SpotifyScopes.UserReadCurrentlyPlaying)]
    [InlineData("get-the-users-currently-playing-track", SpotifyScopes.UserReadPlaybackState)]
    [InlineData("get-queue", SpotifyScopes.UserReadCurrentlyPlaying)]
    [InlineData("get-queue", SpotifyScopes.UserReadPlaybackState)]
    public void Operation_AnyOfScopes_EitherScopeAloneIsEnough(string operationId, string scope)
    {
        Assert.Empty(Find(operationId).RequiredScopes.GetMissing(new HashSet<string>([scope], StringComparer.Ordinal)));
        Assert.NotEmpty(Find(operationId).RequiredScopes.GetMissing(new HashSet<string>([SpotifyScopes.UserModifyPlaybackState], StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("get-information-about-the-users-current-playback", true)]
    [InlineData("transfer-a-users-playback", true)]
    [InlineData("get-a-users-available-devices", true)]
    [InlineData("get-the-users-currently-playing-track", true)]
    [InlineData("start-a-users-playback", false)]
    [InlineData("pause-a-users-playback", true)]
    [InlineData("skip-users-playback-to-next-track", false)]
    [InlineData("skip-users-playback-to-previous-track", false)]
    [InlineData("seek-to-position-in-currently-playing-track", true)]
    [InlineData("set-repeat-mode-on-users-playback", true)]
    [InlineData("set-volume-for-users-playback", true)]
    [InlineData("toggle-shuffle-for-users-playback", true)]
    [InlineData("get-recently-played", true)]
    [InlineData("get-queue", true)]
    [InlineData("add-to-queue", false)]
    public void Operation_Idempotency_OnlySafeRepeatsAreRetried(string operationId, bool expected)
    {
        Assert.Equal(expected, Find(operationId).Operation.IsIdempotent);
        Assert.Equal(expected, Find(operationId).IsIdempotent);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_QueryNames_AreTheSpecsQueryParameters(string operationId)
    {
        var request = Find(operationId);
        var spec = SpotifyOpenApiDocument.Instance.Get(operationId);
        var specQuery = spec.Parameters.Where(parameter => parameter.In == "query").Select(parameter => parameter.Name).ToHashSet(StringComparer.Ordinal);

        var relative = request.BuildRelativeUri();
        var queryStart = relative.IndexOf('?', StringComparison.Ordinal);
        var sent = queryStart < 0 ? [] : QueryHelpers.ParseQuery(relative[queryStart..]).Keys.ToArray();

        // 'after' and 'before' are exclusive, so the full recently-played request sends only one of them.
        specQuery.ExceptWith(operationId == "get-recently-played" ? ["before"] : []);
        Assert.Equal(specQuery.Order(StringComparer.Ordinal), sent.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void BuildRelativeUri_Path_IsTheSpecPath(string operationId)
    {
        Assert.Equal(SpotifyOpenApiDocument.Instance.Get(operationId).Path.TrimStart('/'), Find(operationId).BuildRelativeUri().Split('?')[0]);
    }

    [Fact]
    public void MaxLimit_RecentlyPlayed_MatchesSpecMaximum()
    {
        var limit = SpotifyOpenApiDocument.Instance.Get("get-recently-played").Parameters.Single(parameter => parameter.Name == "limit");

        Assert.Equal(limit.Maximum, GetRecentlyPlayedRequest.MaxLimit);
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetRecentlyPlayedRequest { Limit = GetRecentlyPlayedRequest.MaxLimit + 1 }.Validate).ParamName);
        Assert.Null(Record.Exception(new GetRecentlyPlayedRequest { Limit = GetRecentlyPlayedRequest.MaxLimit }.Validate));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Validate_FullRequest_DoesNotThrow(string operationId)
    {
        Assert.Null(Record.Exception(Find(operationId).Validate));
    }

    private static SpotifyRequest Find(string operationId) => FullRequests.Single(request => request.Operation.Id == operationId);
}
