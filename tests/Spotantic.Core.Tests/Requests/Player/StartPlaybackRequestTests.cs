using System.Text.Json;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Player;

public sealed class StartPlaybackRequestTests
{
    private const string Album = "spotify:album:5ht7ItJgpBH7W6vJ5BqpPr";
    private const string Track = "spotify:track:4iV5W9uYEdYUVa79Axb7Rh";

    [Fact]
    public void Validate_Empty_ResumesWithoutThrowing()
    {
        Assert.Null(Record.Exception(new StartPlaybackRequest().Validate));
    }

    [Fact]
    public void Validate_ContextAndUris_ThrowsNamingUris()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { ContextUri = Album, Uris = [Track] }.Validate);

        Assert.Equal("Uris", exception.ParamName);
    }

    [Theory]
    [InlineData("spotify:track:4iV5W9uYEdYUVa79Axb7Rh")]
    [InlineData("spotify:album:short")]
    [InlineData("https://open.spotify.com/album/5ht7ItJgpBH7W6vJ5BqpPr")]
    [InlineData("spotify:album:5ht7ItJgpBH7W6vJ5BqpPr\n")]
    public void Validate_BadContextUri_ThrowsNamingContextUri(string contextUri)
    {
        Assert.Equal("ContextUri", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { ContextUri = contextUri }.Validate).ParamName);
    }

    [Theory]
    [InlineData("spotify:playlist:37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("spotify:artist:0TnOYISbd1XYRBk9myaseg")]
    [InlineData("spotify:show:38bS44xjbVVZ3No3ByF1dJ")]
    [InlineData("spotify:user:smedjan:collection")]
    public void Validate_OtherContextKinds_Accepted(string contextUri)
    {
        Assert.Null(Record.Exception(new StartPlaybackRequest { ContextUri = contextUri }.Validate));
    }

    [Theory]
    [InlineData("spotify:album:5ht7ItJgpBH7W6vJ5BqpPr")]
    [InlineData("4iV5W9uYEdYUVa79Axb7Rh")]
    public void Validate_UriNotTrackOrEpisode_ThrowsNamingUris(string uri)
    {
        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { Uris = [Track, uri] }.Validate).ParamName);
    }

    [Fact]
    public void Validate_EmptyUris_ThrowsNamingUris()
    {
        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { Uris = [] }.Validate).ParamName);
    }

    [Fact]
    public void Validate_OffsetWithoutContextOrUris_ThrowsNamingOffset()
    {
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { Offset = new PlaybackOffset { Position = 1 } }.Validate).ParamName);
    }

    [Fact]
    public void Validate_OffsetWithPositionAndUriOrNeither_ThrowsNamingOffset()
    {
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { ContextUri = Album, Offset = new PlaybackOffset { Position = 1, Uri = Track } }.Validate).ParamName);
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { ContextUri = Album, Offset = new PlaybackOffset() }.Validate).ParamName);
    }

    [Fact]
    public void Validate_NegativeOffsetPositionOrBadOffsetUri_ThrowsNamingOffset()
    {
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { ContextUri = Album, Offset = new PlaybackOffset { Position = -1 } }.Validate).ParamName);
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { ContextUri = Album, Offset = new PlaybackOffset { Uri = Album } }.Validate).ParamName);
    }

    [Fact]
    public void Validate_NegativePositionMs_ThrowsNamingPositionMs()
    {
        Assert.Equal("PositionMs", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { PositionMs = -1 }.Validate).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    public void Validate_BadDeviceId_ThrowsNamingDeviceId(string deviceId)
    {
        Assert.Equal("DeviceId", Assert.ThrowsAny<ArgumentException>(new StartPlaybackRequest { DeviceId = deviceId }.Validate).ParamName);
    }

    [Fact]
    public void BuildRelativeUri_DeviceIdWithReservedCharacters_Escaped()
    {
        Assert.Equal("me/player/play?device_id=..%2Fnext%3Fx%23y", new StartPlaybackRequest { DeviceId = "../next?x#y" }.BuildRelativeUri());
    }

    [Fact]
    public async Task BuildContent_ContextWithOffset_WritesSpotifyBody()
    {
        var request = new StartPlaybackRequest { ContextUri = Album, Offset = new PlaybackOffset { Uri = Track }, PositionMs = 1000 };

        using var content = request.BuildContent()!;
        using var json = JsonDocument.Parse(await content.ReadAsStringAsync());

        Assert.Equal("application/json", content.Headers.ContentType!.MediaType);
        Assert.Equal(Album, json.RootElement.GetProperty("context_uri").GetString());
        Assert.Equal(Track, json.RootElement.GetProperty("offset").GetProperty("uri").GetString());
        Assert.Equal(1000, json.RootElement.GetProperty("position_ms").GetInt32());
        Assert.False(json.RootElement.TryGetProperty("uris", out _));
    }

    [Fact]
    public async Task BuildContent_Resume_WritesEmptyObject()
    {
        using var content = new StartPlaybackRequest().BuildContent()!;

        Assert.Equal("{}", await content.ReadAsStringAsync());
    }
}
