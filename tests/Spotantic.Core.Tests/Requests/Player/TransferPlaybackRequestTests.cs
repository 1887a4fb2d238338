using System.Text.Json;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Player;

public sealed class TransferPlaybackRequestTests
{
    [Fact]
    public void Validate_NoDeviceOrTwoDevices_ThrowsNamingDeviceIds()
    {
        Assert.Equal("DeviceIds", Assert.ThrowsAny<ArgumentException>(new TransferPlaybackRequest([]).Validate).ParamName);
        Assert.Equal("DeviceIds", Assert.ThrowsAny<ArgumentException>(new TransferPlaybackRequest(["a", "b"]).Validate).ParamName);
        Assert.Equal("DeviceIds", Assert.ThrowsAny<ArgumentException>(new TransferPlaybackRequest(null!).Validate).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dev ice")]
    public void Validate_BadDeviceId_ThrowsNamingDeviceIds(string deviceId)
    {
        Assert.Equal("DeviceIds", Assert.ThrowsAny<ArgumentException>(new TransferPlaybackRequest([deviceId]).Validate).ParamName);
    }

    [Fact]
    public async Task BuildContent_WithPlay_WritesDeviceIdsAndPlay()
    {
        using var content = new TransferPlaybackRequest(["74ASZWbe4lXaubB36ztrGX"]) { Play = true }.BuildContent()!;
        using var json = JsonDocument.Parse(await content.ReadAsStringAsync());

        Assert.Equal(["74ASZWbe4lXaubB36ztrGX"], json.RootElement.GetProperty("device_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.True(json.RootElement.GetProperty("play").GetBoolean());
        Assert.Equal("me/player", new TransferPlaybackRequest(["x"]).BuildRelativeUri());
    }

    [Fact]
    public async Task BuildContent_WithoutPlay_OmitsPlay()
    {
        using var content = new TransferPlaybackRequest(["74ASZWbe4lXaubB36ztrGX"]).BuildContent()!;
        using var json = JsonDocument.Parse(await content.ReadAsStringAsync());

        Assert.False(json.RootElement.TryGetProperty("play", out _));
    }
}
