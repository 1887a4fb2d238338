using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Player;

public sealed class PlayerCommandRequestsTests
{
    private const string DeviceId = "0d1841b0976bae2a3a310dd74c0f3df354899bc8";

    [Fact]
    public void BuildRelativeUri_EachCommand_ExactPathAndQuery()
    {
        Assert.Equal("me/player/pause", new PausePlaybackRequest().BuildRelativeUri());
        Assert.Equal($"me/player/next?device_id={DeviceId}", new SkipToNextRequest { DeviceId = DeviceId }.BuildRelativeUri());
        Assert.Equal("me/player/previous", new SkipToPreviousRequest().BuildRelativeUri());
        Assert.Equal($"me/player/seek?position_ms=25000&device_id={DeviceId}", new SeekToPositionRequest(25000) { DeviceId = DeviceId }.BuildRelativeUri());
        Assert.Equal("me/player/repeat?state=track", new SetRepeatModeRequest(RepeatState.Track).BuildRelativeUri());
        Assert.Equal("me/player/volume?volume_percent=0", new SetPlaybackVolumeRequest(0).BuildRelativeUri());
        Assert.Equal("me/player/shuffle?state=false", new TogglePlaybackShuffleRequest(false).BuildRelativeUri());
        Assert.Equal("me/player/queue?uri=spotify%3Aepisode%3A512ojhOuo1ktJprKbVcKyQ", new AddToQueueRequest("spotify:episode:512ojhOuo1ktJprKbVcKyQ").BuildRelativeUri());
    }

    [Fact]
    public void Validate_NegativeSeek_ThrowsNamingPositionMs()
    {
        Assert.Equal("PositionMs", Assert.ThrowsAny<ArgumentException>(new SeekToPositionRequest(-1).Validate).ParamName);
        Assert.Null(Record.Exception(new SeekToPositionRequest(0).Validate));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("Track")]
    [InlineData("")]
    public void Validate_UnknownRepeatState_ThrowsNamingState(string state)
    {
        Assert.Equal("State", Assert.ThrowsAny<ArgumentException>(new SetRepeatModeRequest(new RepeatState(state)).Validate).ParamName);
    }

    [Fact]
    public void Validate_DefaultRepeatState_ThrowsNamingState()
    {
        Assert.Equal("State", Assert.ThrowsAny<ArgumentException>(new SetRepeatModeRequest(default).Validate).ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Validate_VolumeOutOfRange_ThrowsNamingVolumePercent(int volume)
    {
        Assert.Equal("VolumePercent", Assert.ThrowsAny<ArgumentException>(new SetPlaybackVolumeRequest(volume).Validate).ParamName);
    }

    [Fact]
    public void Validate_VolumeBounds_Accepted()
    {
        Assert.Null(Record.Exception(new SetPlaybackVolumeRequest(SetPlaybackVolumeRequest.MinVolume).Validate));
        Assert.Null(Record.Exception(new SetPlaybackVolumeRequest(SetPlaybackVolumeRequest.MaxVolume).Validate));
    }

    [Theory]
    [InlineData("spotify:album:5ht7ItJgpBH7W6vJ5BqpPr")]
    [InlineData("spotify:track:short")]
    [InlineData("4iV5W9uYEdYUVa79Axb7Rh")]
    [InlineData("spotify:track:4iV5W9uYEdYUVa79Axb7Rh/../next")]
    public void Validate_QueueUriNotTrackOrEpisode_ThrowsNamingUri(string uri)
    {
        Assert.Equal("Uri", Assert.ThrowsAny<ArgumentException>(new AddToQueueRequest(uri).Validate).ParamName);
    }

    [Fact]
    public void Validate_NullQueueUri_ThrowsNamingUri()
    {
        Assert.Equal("Uri", Assert.Throws<ArgumentNullException>(new AddToQueueRequest(null!).Validate).ParamName);
    }

    [Fact]
    public void Validate_CommandWithEmptyDeviceId_ThrowsNamingDeviceId()
    {
        SpotifyRequest[] requests =
        [
            new PausePlaybackRequest { DeviceId = "" },
            new SkipToNextRequest { DeviceId = " " },
            new SkipToPreviousRequest { DeviceId = "\n" },
            new SeekToPositionRequest(1) { DeviceId = "" },
            new SetRepeatModeRequest(RepeatState.Off) { DeviceId = "" },
            new SetPlaybackVolumeRequest(1) { DeviceId = "" },
            new TogglePlaybackShuffleRequest(true) { DeviceId = "" },
            new AddToQueueRequest("spotify:track:4iV5W9uYEdYUVa79Axb7Rh") { DeviceId = "" },
        ];

        Assert.All(requests, request => Assert.Equal("DeviceId", Assert.ThrowsAny<ArgumentException>(request.Validate).ParamName));
    }
}
