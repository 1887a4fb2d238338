using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Core.Tests.Conformance;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.DevelopmentMode;

/// <summary>
/// Spotify's refusals of development-mode apps: the shared table names exactly the operations the spec deprecates,
/// the exceptions explain the refusal Spotify gives (and only that one), and every affected client method says so in
/// its XML docs.
/// </summary>
public sealed class DevelopmentModeRestrictionTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> RestrictedOperations => [.. SpotifyDevelopmentMode.Refusals.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> ServedOperations => [.. SpotifyOpenApiDocument.Instance.Operations.Select(o => o.Id).Where(id => !SpotifyDevelopmentMode.Refusals.ContainsKey(id)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Table_NamesExactlyTheOperationsTheSpecDeprecates()
    {
        var deprecated = SpotifyOpenApiDocument.Instance.Operations.Where(o => o.IsDeprecated).Select(o => o.Id).Order(StringComparer.Ordinal);

        Assert.Equal(deprecated, SpotifyDevelopmentMode.Refusals.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RestrictedOperations))]
    public void Map_TheRefusalSpotifyGivesDevelopmentModeApps_ExplainedWithDateAndAdvice(string operationId)
    {
        var refusal = SpotifyDevelopmentMode.Refusals[operationId];
        var body = refusal.Message is null
            ? $$$"""{"error":{"status":{{{refusal.Status}}}}}"""
            : $$$"""{"error":{"status":{{{refusal.Status}}},"message":"{{{refusal.Message}}}"}}""";

        var exception = Map((HttpStatusCode)refusal.Status, body, operationId);

        Assert.Equal((HttpStatusCode)refusal.Status, exception.StatusCode);
        Assert.Equal(new SpotifyDevelopmentModeRestriction(operationId, refusal.Since, refusal.Advice), exception.DevelopmentModeRestriction);
        Assert.Contains("development mode", exception.Message, StringComparison.Ordinal);
        Assert.Contains(refusal.Since.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), exception.Message, StringComparison.Ordinal);
        Assert.Contains(refusal.Advice, exception.Message, StringComparison.Ordinal);
        if (refusal.Status == 404)
        {
            // Still the 404 callers catch.
            Assert.IsType<SpotifyNotFoundException>(exception);
        }
    }

    [Theory]
    [MemberData(nameof(RestrictedOperations))]
    public void Map_AnotherStatusOnARestrictedOperation_NotExplainedAsARestriction(string operationId)
    {
        var other = SpotifyDevelopmentMode.Refusals[operationId].Status == 404 ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;

        var exception = Map(other, """{"error":{"status":400,"message":"Something else"}}""", operationId);

        Assert.Null(exception.DevelopmentModeRestriction);
        Assert.DoesNotContain("development mode", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ServedOperations))]
    public void Map_403Or404OnAnOperationDevelopmentModeKeeps_NotExplainedAsARestriction(string operationId)
    {
        Assert.Null(Map(HttpStatusCode.Forbidden, """{"error":{"status":403,"message":"Forbidden"}}""", operationId).DevelopmentModeRestriction);
        Assert.Null(Map(HttpStatusCode.NotFound, """{"error":{"status":404,"message":"Not Found"}}""", operationId).DevelopmentModeRestriction);
    }

    [Fact]
    public void XmlDocs_EveryClientMethod_SaysWhetherDevelopmentModeAppsAreServed()
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(SpotifyRequest).Assembly.Location, ".xml"));
        var members = docs.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.Value, StringComparer.Ordinal);
        var checkedMethods = 0;
        foreach (var method in SpotanticSurface.ClientMethods.Where(m => m.OperationId is not null))
        {
            var prefix = $"M:{method.Client.FullName}.{method.Method.Name}(";
            var texts = members.Where(m => m.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Value).ToList();
            Assert.NotEmpty(texts);
            foreach (var text in texts)
            {
                if (SpotifyDevelopmentMode.Refusals.TryGetValue(method.OperationId!, out var refusal))
                {
                    Assert.Contains($"Development mode: Spotify answers {refusal.Status} to apps without extended quota (since {refusal.Since:yyyy-MM-dd}", text, StringComparison.Ordinal);
                }
                else
                {
                    Assert.DoesNotContain("Development mode:", text, StringComparison.Ordinal);
                }

                checkedMethods++;
            }
        }

        Assert.True(checkedMethods >= 97, $"only {checkedMethods} method docs checked");
    }

    private static SpotifyApiException Map(HttpStatusCode status, string body, string operationId)
    {
        using var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return SpotifyErrorMapper.Map(response, Encoding.UTF8.GetBytes(body), operationId, Time);
    }
}
