using System.Net;
using System.Text;
using System.Text.Json;

namespace Spotantic.Core.Tests;

public sealed class SpotifyRawResponseTests
{
    [Fact]
    public void Constructor_NonJsonBody_DoesNotParse()
    {
        var exception = Record.Exception(() => Create("<html>not json</html>"));

        Assert.Null(exception);
    }

    [Fact]
    public void Json_NonJsonBody_ThrowsOnlyWhenRead()
    {
        var response = Create("<html>not json</html>");

        Assert.Equal("<html>not json</html>", response.ReadAsString());
        Assert.ThrowsAny<JsonException>(() => response.Json);
    }

    [Fact]
    public void Json_JsonBody_ParsedAndCached()
    {
        var response = Create("""{"name":"x","n":[1,2]}""");

        var first = response.Json;
        var second = response.Json;

        Assert.NotNull(first);
        Assert.Equal("x", first.Value.GetProperty("name").GetString());
        Assert.Equal(2, second!.Value.GetProperty("n").GetArrayLength());
    }

    [Fact]
    public void Json_EmptyBody_Null()
    {
        Assert.Null(Create(string.Empty).Json);
    }

    [Fact]
    public void ToString_Response_StatusMethodUriAndSizeButNoBody()
    {
        var text = Create("""{"secretish":"body"}""").ToString();

        Assert.Contains("200", text, StringComparison.Ordinal);
        Assert.Contains("GET https://api.test/v1/albums/x", text, StringComparison.Ordinal);
        Assert.Contains("20 bytes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secretish", text, StringComparison.Ordinal);
    }

    private static SpotifyRawResponse Create(string body)
    {
        using var message = new HttpResponseMessage(HttpStatusCode.OK);
        return new SpotifyRawResponse(HttpMethod.Get, new Uri("https://api.test/v1/albums/x"), HttpStatusCode.OK, message.Headers, "application/json", Encoding.UTF8.GetBytes(body));
    }
}
