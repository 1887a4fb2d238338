using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Playlists;

public sealed class UploadCustomPlaylistCoverImageRequestTests
{
    private const string Id = "3cEYpjA9oz9GiPac4AsH4n";
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    [Fact]
    public async Task BuildContent_FromJpeg_Base64TextAsImageJpeg()
    {
        var request = UploadCustomPlaylistCoverImageRequest.FromJpeg(Id, Jpeg);

        using var content = request.BuildContent();

        Assert.Null(Record.Exception(request.Validate));
        Assert.Equal("image/jpeg", content.Headers.ContentType?.ToString());
        Assert.Equal(Convert.ToBase64String(Jpeg), await content.ReadAsStringAsync());
        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n/images", request.BuildRelativeUri());
    }

    [Theory]
    [InlineData("iVBORw0KGgo=")]
    [InlineData("not base64!")]
    [InlineData("")]
    public void Validate_NotJpegOrNotBase64_ThrowsNamingImage(string base64)
    {
        Assert.Equal("ImageBase64", Assert.ThrowsAny<ArgumentException>(new UploadCustomPlaylistCoverImageRequest(Id, base64).Validate).ParamName);
    }

    [Fact]
    public void Validate_LargerThan256KbEncoded_Rejected()
    {
        var bytes = new byte[(256 * 1024 / 4 * 3) + 3];
        Jpeg.CopyTo(bytes, 0);
        var atLimit = new byte[256 * 1024 / 4 * 3];
        Jpeg.CopyTo(atLimit, 0);

        Assert.Equal("ImageBase64", Assert.ThrowsAny<ArgumentException>(UploadCustomPlaylistCoverImageRequest.FromJpeg(Id, bytes).Validate).ParamName);
        Assert.Null(Record.Exception(UploadCustomPlaylistCoverImageRequest.FromJpeg(Id, atLimit).Validate));
    }

    [Fact]
    public void ToString_Request_ShowsSizeNotData()
    {
        var base64 = Convert.ToBase64String(Jpeg);

        var text = UploadCustomPlaylistCoverImageRequest.FromJpeg(Id, Jpeg).ToString();

        Assert.Contains(Id, text, StringComparison.Ordinal);
        Assert.DoesNotContain(base64, text, StringComparison.Ordinal);
        Assert.Contains($"{base64.Length} bytes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredScopes_NeedUploadAndOneModifyScope()
    {
        var request = UploadCustomPlaylistCoverImageRequest.FromJpeg(Id, Jpeg);

        Assert.Empty(request.RequiredScopes.GetMissing(new HashSet<string>([SpotifyScopes.UgcImageUpload, SpotifyScopes.PlaylistModifyPrivate], StringComparer.Ordinal)));
        Assert.Equal([SpotifyScopes.UgcImageUpload], request.RequiredScopes.GetMissing(new HashSet<string>([SpotifyScopes.PlaylistModifyPublic], StringComparer.Ordinal)));
        Assert.Equal([SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate], request.RequiredScopes.GetMissing(new HashSet<string>([SpotifyScopes.UgcImageUpload], StringComparer.Ordinal)));
    }
}
