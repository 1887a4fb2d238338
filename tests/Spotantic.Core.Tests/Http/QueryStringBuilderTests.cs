using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class QueryStringBuilderTests
{
    private static readonly Uri BaseAddress = new("https://api.test/v1/");

    [Theory]
    [InlineData("a/b", "albums/a%2Fb/tracks")]
    [InlineData("a?b=c", "albums/a%3Fb%3Dc/tracks")]
    [InlineData("a#b", "albums/a%23b/tracks")]
    [InlineData("%2F", "albums/%252F/tracks")]
    [InlineData("%2E%2E", "albums/%252E%252E/tracks")]
    [InlineData("../me", "albums/..%2Fme/tracks")]
    [InlineData("a\\b", "albums/a%5Cb/tracks")]
    [InlineData("a b", "albums/a%20b/tracks")]
    [InlineData("\u00e9", "albums/%C3%A9/tracks")]
    [InlineData("...", "albums/.../tracks")]
    public void Segment_HostileValue_EscapedIntoOneSegment(string segment, string expected)
    {
        var relative = new QueryStringBuilder("albums").Segment(segment).Path("tracks").ToString();

        Assert.Equal(expected, relative);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a?b=c")]
    [InlineData("a#b")]
    [InlineData("%2F")]
    [InlineData("%2E%2E")]
    [InlineData("../..")]
    [InlineData("..%2F..")]
    [InlineData("//evil.test/")]
    [InlineData("https://evil.test/")]
    [InlineData("\\..\\..")]
    public void Segment_HostileValue_ResolvedUriKeepsRoute(string segment)
    {
        var relative = new QueryStringBuilder("albums").Segment(segment).Path("tracks").ToString();

        var uri = new Uri(BaseAddress, relative);

        Assert.Equal("api.test", uri.Host);
        Assert.StartsWith("/v1/albums/", uri.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/tracks", uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(4, uri.AbsolutePath.Count(c => c == '/'));
        Assert.Empty(uri.Query);
        Assert.Empty(uri.Fragment);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public void Segment_DotSegmentOrEmpty_ThrowsArgumentException(string segment)
    {
        // Uri resolution removes these (even percent-encoded), so no escaping could keep the route.
        var builder = new QueryStringBuilder("albums");

        var exception = Assert.Throws<ArgumentException>(() => builder.Segment(segment));

        Assert.Equal("segment", exception.ParamName);
    }

    [Fact]
    public void Query_HostileValue_CannotAddParametersOrFragment()
    {
        var relative = new QueryStringBuilder("search").Query("q", "x&type=track#frag?y=%20").ToString();

        var uri = new Uri(BaseAddress, relative);

        Assert.Equal("search?q=x%26type%3Dtrack%23frag%3Fy%3D%2520", relative);
        Assert.Equal("/v1/search", uri.AbsolutePath);
        Assert.Empty(uri.Fragment);
        Assert.Equal("?q=x%26type%3Dtrack%23frag%3Fy%3D%2520", uri.Query);
    }

    [Fact]
    public void Query_NullValues_Omitted()
    {
        var relative = new QueryStringBuilder("me/albums")
            .Query("market", (string?)null)
            .Query("limit", (int?)null)
            .Query("ids", (IEnumerable<string>?)null)
            .Query("offset", 0)
            .ToString();

        Assert.Equal("me/albums?offset=0", relative);
    }

    [Fact]
    public void Query_SeveralParameters_FirstWithQuestionMarkThenAmpersands()
    {
        var relative = new QueryStringBuilder("albums").Query("a", "1").Query("b", 2).Query("c", ["x", "y"]).ToString();

        Assert.Equal("albums?a=1&b=2&c=x%2Cy", relative);
    }

    [Fact]
    public void Query_List_JoinedWithCommas()
    {
        var relative = new QueryStringBuilder("albums").Query("ids", ["382ObEPsp2rxGrnsizN5TX", "1A2GTWGtFfWp7KSQTwWOyo", "2noRn2Aes5aoNVsU6iWThc"]).ToString();

        Assert.Equal("albums?ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo%2C2noRn2Aes5aoNVsU6iWThc", relative);
        Assert.Equal("ids=382ObEPsp2rxGrnsizN5TX,1A2GTWGtFfWp7KSQTwWOyo,2noRn2Aes5aoNVsU6iWThc", Uri.UnescapeDataString(relative.Split('?')[1]));
    }

    [Fact]
    public void Query_NegativeNumber_FormattedInvariant()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            // A culture whose minus sign is not ASCII must not leak into the query.
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");

            Assert.Equal("x?n=-5", new QueryStringBuilder("x").Query("n", -5).ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
