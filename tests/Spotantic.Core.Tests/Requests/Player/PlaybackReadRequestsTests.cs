using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Player;

public sealed class PlaybackReadRequestsTests
{
    [Fact]
    public void GetPlaybackState_AllArguments_AllInQuery()
    {
        var request = new GetPlaybackStateRequest { Market = "SE", AdditionalTypes = ["track", "episode"] };

        Assert.Equal("me/player?market=SE&additional_types=track%2Cepisode", request.BuildRelativeUri());
    }

    [Fact]
    public void GetCurrentlyPlaying_NoArguments_PlainPath()
    {
        Assert.Equal("me/player/currently-playing", new GetCurrentlyPlayingRequest().BuildRelativeUri());
    }

    [Theory]
    [InlineData("audiobook")]
    [InlineData("Episode")]
    [InlineData("")]
    public void GetPlaybackState_UnknownAdditionalType_ThrowsNamingAdditionalTypes(string type)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetPlaybackStateRequest { AdditionalTypes = [type] }.Validate);

        Assert.Equal("AdditionalTypes", exception.ParamName);
    }

    [Fact]
    public void GetCurrentlyPlaying_EmptyOrDuplicateAdditionalTypes_ThrowsNamingAdditionalTypes()
    {
        Assert.Equal("AdditionalTypes", Assert.ThrowsAny<ArgumentException>(new GetCurrentlyPlayingRequest { AdditionalTypes = [] }.Validate).ParamName);
        Assert.Equal("AdditionalTypes", Assert.ThrowsAny<ArgumentException>(new GetCurrentlyPlayingRequest { AdditionalTypes = ["episode", "episode"] }.Validate).ParamName);
    }

    [Theory]
    [InlineData("usa")]
    [InlineData("from_token")]
    public void GetCurrentlyPlaying_InvalidMarket_ThrowsNamingMarket(string market)
    {
        Assert.Equal("Market", Assert.ThrowsAny<ArgumentException>(new GetCurrentlyPlayingRequest { Market = market }.Validate).ParamName);
    }

    [Fact]
    public void Reads_Definitions_MatchOperations()
    {
        OperationAssert.Matches(GetPlaybackStateRequest.Definition, "get-information-about-the-users-current-playback", HttpMethod.Get, "/me/player", [SpotifyScopes.UserReadPlaybackState], isIdempotent: true, isDeprecated: false);
        OperationAssert.Matches(GetAvailableDevicesRequest.Definition, "get-a-users-available-devices", HttpMethod.Get, "/me/player/devices", [SpotifyScopes.UserReadPlaybackState], isIdempotent: true, isDeprecated: false);
        OperationAssert.Matches(GetCurrentlyPlayingRequest.Definition, "get-the-users-currently-playing-track", HttpMethod.Get, "/me/player/currently-playing", [SpotifyScopes.UserReadCurrentlyPlaying, SpotifyScopes.UserReadPlaybackState], isIdempotent: true, isDeprecated: false);
        OperationAssert.Matches(GetQueueRequest.Definition, "get-queue", HttpMethod.Get, "/me/player/queue", [SpotifyScopes.UserReadCurrentlyPlaying, SpotifyScopes.UserReadPlaybackState], isIdempotent: true, isDeprecated: false);
    }
}
