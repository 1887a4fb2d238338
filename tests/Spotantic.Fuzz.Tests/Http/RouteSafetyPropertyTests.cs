using CsCheck;
using Spotantic.Fuzz.Tests.Support;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Fuzz.Tests.Http;

/// <summary>No value put into a path segment or a query parameter can change the route or add parameters.</summary>
public sealed class RouteSafetyPropertyTests
{
    private static readonly Uri ApiBase = new("https://api.spotify.com/v1/");

    [Fact]
    public void Segment_AnyText_StaysOneSegmentAndRoundTrips()
    {
        var cases = new CaseCounter();
        Gen.Select(FuzzGenerators.AnyText, FuzzGenerators.AnyText).Sample((segment, query) =>
        {
            cases.Increment();
            string relative;
            try
            {
                relative = new QueryStringBuilder("playlists").Segment(segment).Path("items").Query("market", query).ToString();
            }
            catch (ArgumentException ex)
            {
                // Only the segments that mean "here" or "up" (or nothing) are refused.
                Assert.True(segment is "" or "." or "..", $"'{segment}' was refused: {ex.Message}");
                return;
            }

            Assert.False(segment is "" or "." or "..", $"'{segment}' was accepted");
            var uri = new Uri(ApiBase, relative);
            Assert.Equal(ApiBase.Host, uri.Host);
            Assert.Equal(string.Empty, uri.Fragment);
            var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["v1", "playlists", segments[2], "items"], segments);
            Assert.Equal(WellFormed(segment), Uri.UnescapeDataString(segments[2]));
            var parameters = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
            if (query.Length == 0)
            {
                return;
            }

            var parameter = Assert.Single(parameters);
            Assert.StartsWith("market=", parameter, StringComparison.Ordinal);
            Assert.Equal(WellFormed(query), Uri.UnescapeDataString(parameter["market=".Length..]));
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }

    /// <summary>
    /// What a value becomes once UTF-8 encoded: lone surrogates cannot be encoded and turn into U+FFFD. Only free text
    /// can hold them; IDs, URIs and user IDs with surrogates are refused before this point.
    /// </summary>
    private static string WellFormed(string value) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(value));

    [Fact]
    public void GetAlbumRequest_AnyId_EitherRefusedBeforeSendingOrAddressesOneAlbum()
    {
        var cases = new CaseCounter();
        FuzzGenerators.IdCandidate.Sample(id =>
        {
            cases.Increment();
            var request = new GetAlbumRequest(id);
            try
            {
                request.Validate();
            }
            catch (ArgumentException ex)
            {
                Assert.Equal("Id", ex.ParamName);
                return;
            }

            var uri = new Uri(ApiBase, request.BuildRelativeUri());
            Assert.Equal($"/v1/albums/{id}", uri.AbsolutePath);
            Assert.Equal(string.Empty, uri.Query);
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }
}
