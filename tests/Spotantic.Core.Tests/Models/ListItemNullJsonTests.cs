using System.Text.Json;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

public sealed class ListItemNullJsonTests
{
    [Fact]
    public void Album_NullEntriesInStringAndModelLists_AreDropped()
    {
        var album = JsonSerializer.Deserialize("""
            {"id":"2noRn2Aes5aoNVsU6iWThc","name":"Discovery","available_markets":["GB",null,"US"],
             "images":[null,{"url":"https://i.scdn.co/image/a","height":64,"width":64}],"artists":[null],"genres":[null]}
            """, SpotifyJsonContext.Default.Album)!;

        Assert.Equal(["GB", "US"], album.AvailableMarkets);
        Assert.Equal("https://i.scdn.co/image/a", Assert.Single(album.Images).Url);
        Assert.Empty(album.Artists);
    }

    [Fact]
    public void SeveralAlbums_NullForAnUnknownId_KeepsItsPosition()
    {
        var several = JsonSerializer.Deserialize("""{"albums":[null,{"id":"2noRn2Aes5aoNVsU6iWThc","name":"Discovery"}]}""", SpotifyJsonContext.Default.SeveralAlbums)!;

        Assert.Equal(2, several.Albums.Count);
        Assert.Null(several.Albums[0]);
        Assert.Equal("Discovery", several.Albums[1]!.Name);
    }

    [Theory]
    [InlineData("""{"id":"2noRn2Aes5aoNVsU6iWThc","available_markets":["GB",3]}""")]
    [InlineData("""{"id":"2noRn2Aes5aoNVsU6iWThc","images":{"url":"x"}}""")]
    public void Album_ListHoldingSomethingElse_IsMalformed(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Album));
    }

    [Fact]
    public void Album_StringAndModelLists_WriteBackAsArrays()
    {
        var album = JsonSerializer.Deserialize("""{"id":"2noRn2Aes5aoNVsU6iWThc","available_markets":["GB"],"images":[{"url":"https://i.scdn.co/image/a"}]}""", SpotifyJsonContext.Default.Album)!;

        using var written = JsonDocument.Parse(JsonSerializer.Serialize(album, SpotifyJsonContext.Default.Album));

        Assert.Equal("GB", written.RootElement.GetProperty("available_markets")[0].GetString());
        Assert.Equal("https://i.scdn.co/image/a", written.RootElement.GetProperty("images")[0].GetProperty("url").GetString());
    }
}
