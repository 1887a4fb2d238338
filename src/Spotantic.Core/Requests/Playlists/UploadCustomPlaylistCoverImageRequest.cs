using System.Net.Http.Headers;
using System.Text;
using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Replaces a playlist's cover with a JPEG image (<c>PUT /playlists/{playlist_id}/images</c>, operation <c>upload-custom-playlist-cover</c>).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <param name="ImageBase64">The JPEG image, Base64-encoded, at most 256 KB encoded; <see cref="FromJpeg"/> encodes raw bytes.</param>
/// <remarks>
/// Needs <c>ugc-image-upload</c> and one of <c>playlist-modify-public</c> or <c>playlist-modify-private</c> (Spotify
/// asks for the one matching the playlist's visibility, which only it knows). The body is the Base64 text, sent as
/// <c>image/jpeg</c>. <see cref="ToString"/> shows the image's size, never its data.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/upload-custom-playlist-cover"/>.
/// </remarks>
public sealed record UploadCustomPlaylistCoverImageRequest(string PlaylistId, string ImageBase64) : SpotifyRequest
{
    /// <summary>The largest Base64 payload Spotify accepts: 256 KB.</summary>
    public const int MaxPayloadBytes = 256 * 1024;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new(
        "upload-custom-playlist-cover",
        HttpMethod.Put,
        "/playlists/{playlist_id}/images",
        ScopeRequirement.All([ScopeRequirement.AllOf(SpotifyScopes.UgcImageUpload), ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate)]),
        isIdempotent: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <summary>A request carrying <paramref name="jpeg"/>, Base64-encoded.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="jpeg">The raw JPEG bytes.</param>
    /// <returns>The request.</returns>
    public static UploadCustomPlaylistCoverImageRequest FromJpeg(string playlistId, ReadOnlySpan<byte> jpeg) => new(playlistId, Convert.ToBase64String(jpeg));

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));
        if (ImageBase64 is null)
        {
            throw new ArgumentNullException(nameof(ImageBase64), $"'{nameof(ImageBase64)}' is required: a Base64-encoded JPEG image.");
        }

        if (ImageBase64.Length == 0)
        {
            throw new ArgumentException($"'{nameof(ImageBase64)}' must not be empty.", nameof(ImageBase64));
        }

        if (ImageBase64.Length > MaxPayloadBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(ImageBase64), ImageBase64.Length, $"'{nameof(ImageBase64)}' is {ImageBase64.Length} bytes encoded; Spotify accepts at most {MaxPayloadBytes} (256 KB).");
        }

        var decoded = new byte[(ImageBase64.Length / 4 * 3) + 3];
        if (!Convert.TryFromBase64String(ImageBase64, decoded, out var length))
        {
            throw new ArgumentException($"'{nameof(ImageBase64)}' is not valid Base64.", nameof(ImageBase64));
        }

        // Every JPEG starts with the SOI marker FF D8 followed by another marker (FF).
        if (length < 3 || decoded[0] != 0xFF || decoded[1] != 0xD8 || decoded[2] != 0xFF)
        {
            throw new ArgumentException($"'{nameof(ImageBase64)}' is not a JPEG image: Spotify accepts only JPEG covers.", nameof(ImageBase64));
        }
    }

    /// <summary>Describes the request without the image data.</summary>
    /// <returns>The playlist ID and the encoded size.</returns>
    public override string ToString() =>
        $"{nameof(UploadCustomPlaylistCoverImageRequest)} {{ {nameof(PlaylistId)} = {PlaylistId}, {nameof(ImageBase64)} = <{ImageBase64?.Length ?? 0} bytes> }}";

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("playlists").Segment(PlaylistId).Path("images").ToString();

    /// <inheritdoc />
    internal override HttpContent BuildContent()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(ImageBase64));
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return content;
    }
}
