using System.Net;
using System.Text;
using CsCheck;
using Spotantic.Exceptions;
using Spotantic.Fuzz.Tests.Support;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Fuzz.Tests.Http;

/// <summary>
/// Whatever an error response holds (Spotify's JSON, OAuth's JSON, plain text, HTML, garbage, a broken <c>Retry-After</c>),
/// the caller gets a <see cref="SpotifyApiException"/> with the status, never a parsing exception.
/// </summary>
public sealed class ErrorBodyPropertyTests
{
    private static readonly Uri ApiBase = new("https://api.spotify.com/v1/");

    private static readonly string[] RealBodies =
    [
        """{"error":{"status":400,"message":"invalid id"}}""",
        """{"error":{"status":403,"message":"Player command failed: Premium required","reason":"PREMIUM_REQUIRED"}}""",
        """{"error":{"status":429,"message":"API rate limit exceeded","reason":"QUOTA_EXCEEDED"}}""",
        """{"error":"invalid_grant","error_description":"Refresh token revoked"}""",
        "Insufficient client scope",
        "<html><body>502 Bad Gateway</body></html>",
        "",
    ];

    // Bytes, not strings: a mutated body must reach the parser as it was, invalid UTF-8 inside JSON strings included.
    private static readonly Gen<byte[]> MutatedRealBody =
        Gen.Select(Gen.Int[0, RealBodies.Length - 1], Gen.Int, static (i, seed) => Mutate(RealBodies[i], seed));

    private static readonly Gen<byte[]> Body = Gen.OneOf(
        Gen.OneOf(RealBodies.Select(b => Gen.Const(Encoding.UTF8.GetBytes(b))).ToArray()),
        MutatedRealBody,
        FuzzGenerators.AnyText.Select(static text => Encoding.UTF8.GetBytes(text)));

    private static readonly Gen<string?> RetryAfter = Gen.OneOf(
        Gen.Const((string?)null), Gen.Const<string?>("1"), Gen.Const<string?>("86400"), Gen.Const<string?>("-5"),
        Gen.Const<string?>("Wed, 21 Oct 2015 07:28:00 GMT"), Gen.Const<string?>("99999999999999999999"), FuzzGenerators.AnyText.Select(static s => (string?)s));

    [Fact]
    public void Parse_AnyBytes_NeverThrows()
    {
        var cases = new CaseCounter();
        Gen.OneOf(Gen.Byte.Array[0, 200], MutatedRealBody).Sample(bytes =>
        {
            cases.Increment();
            _ = SpotifyErrorBody.Parse(bytes);
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }

    [Fact]
    public async Task SendAsync_AnyErrorResponse_ThrowsApiExceptionWithTheStatus()
    {
        var cases = new CaseCounter();
        var gen = Gen.Select(Gen.Int[400, 599], Body, RetryAfter, Gen.OneOf(Gen.Const<string?>("application/json"), Gen.Const<string?>("text/plain"), Gen.Const((string?)null)));
        await gen.SampleAsync(async (status, body, retryAfter, mediaType) =>
        {
            cases.Increment();
            using var http = new HttpClient(new FixedResponseHandler((HttpStatusCode)status, body, mediaType, response =>
            {
                if (retryAfter is not null)
                {
                    response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
                }
            }));
            var connection = new SpotifyApiConnection(() => http, ApiBase, TimeProvider.System);

            var ex = await Assert.ThrowsAnyAsync<SpotanticException>(() => connection.SendAsync(new GetAlbumRequest("4aawyAB9vmqN3uQ7FjRGTy"), CancellationToken.None));

            var api = Assert.IsAssignableFrom<SpotifyApiException>(ex);
            Assert.Equal((HttpStatusCode)status, api.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace(api.Message));
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }

    private static byte[] Mutate(string body, int seed)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var random = new Random(seed);
        return random.Next(3) switch
        {
            0 => bytes[..random.Next(bytes.Length)],
            1 => [.. bytes[..random.Next(bytes.Length)], (byte)random.Next(256), .. bytes[random.Next(bytes.Length)..]],
            _ => [.. bytes.Select(b => random.Next(20) == 0 ? (byte)random.Next(256) : b)],
        };
    }
}
