using System.Text;
using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyErrorBodyTests
{
    [Fact]
    public void Parse_WebApiErrorObject_ReadsMessage()
    {
        var body = Parse("""{"error":{"status":400,"message":"invalid id"}}""");

        Assert.Equal("invalid id", body.Message);
        Assert.Null(body.Reason);
        Assert.Null(body.Error);
    }

    [Fact]
    public void Parse_WebApiErrorWithReason_ReadsReason()
    {
        var body = Parse("""{"error":{"status":429,"message":"Too many requests","reason":"QUOTA_EXCEEDED"}}""");

        Assert.Equal("Too many requests", body.Message);
        Assert.Equal("QUOTA_EXCEEDED", body.Reason);
    }

    [Fact]
    public void Parse_Rfc6749Error_ReadsErrorAndDescription()
    {
        var body = Parse("""{"error":"invalid_grant","error_description":"Refresh token revoked"}""");

        Assert.Equal("invalid_grant", body.Error);
        Assert.Equal("Refresh token revoked", body.Message);
        Assert.Null(body.Reason);
    }

    [Fact]
    public void Parse_Rfc6749ErrorWithoutDescription_ReadsError()
    {
        var body = Parse("""{"error":"invalid_client"}""");

        Assert.Equal("invalid_client", body.Error);
        Assert.Null(body.Message);
    }

    [Fact]
    public void Parse_PlainText_UsesTextAsMessage()
    {
        var body = Parse("  User not registered in the Developer Dashboard\n");

        Assert.Equal("User not registered in the Developer Dashboard", body.Message);
        Assert.Null(body.Error);
    }

    [Fact]
    public void Parse_LongPlainText_Truncated()
    {
        var body = Parse(new string('x', 5000));

        Assert.NotNull(body.Message);
        Assert.True(body.Message.Length <= 301, $"message has {body.Message.Length} characters");
        Assert.EndsWith("…", body.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyBody_Empty()
    {
        Assert.Equal(default, SpotifyErrorBody.Parse([]));
    }

    [Fact]
    public void Parse_WhitespaceBody_NoMessage()
    {
        Assert.Null(Parse("   \r\n ").Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x01, 0x80 })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x65, 0xC3 })] // {"e then a broken UTF-8 sequence
    [InlineData(new byte[] { 0x00 })]
    public void Parse_GarbageBytes_DoesNotThrow(byte[] bytes)
    {
        var exception = Record.Exception(() => SpotifyErrorBody.Parse(bytes));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("""{"error":{"status":500""")]
    [InlineData("""{"error":{"status":"x","message":42,"reason":[]}}""")]
    [InlineData("""{"error":42}""")]
    [InlineData("""{"error":null}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""null""")]
    [InlineData("""123""")]
    [InlineData("""{"message":"no error property"}""")]
    [InlineData("""<html><body>Bad gateway</body></html>""")]
    public void Parse_UnexpectedShapes_DoesNotThrowAndInventsNoReason(string json)
    {
        var body = Parse(json);

        Assert.Null(body.Reason);
        Assert.Null(body.Error);
    }

    [Fact]
    public void Parse_JsonString_UsesStringAsMessage()
    {
        Assert.Equal("Service unavailable", Parse("\"Service unavailable\"").Message);
    }

    [Fact]
    public void Parse_TruncatedJson_KeepsTextAsMessage()
    {
        var body = Parse("""{"error":{"status":500""");

        Assert.Equal("""{"error":{"status":500""", body.Message);
    }

    private static SpotifyErrorBody Parse(string text) => SpotifyErrorBody.Parse(Encoding.UTF8.GetBytes(text));
}
