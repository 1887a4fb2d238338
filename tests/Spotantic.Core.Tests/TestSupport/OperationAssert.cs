using Spotantic.Http;

namespace Spotantic.Core.Tests.TestSupport;

public static class OperationAssert
{
    public static void Matches(SpotifyOperation operation, string id, HttpMethod method, string pathTemplate, string[] scopes, bool isIdempotent, bool isDeprecated)
    {
        Assert.Equal(id, operation.Id);
        Assert.Equal(method, operation.Method);
        Assert.Equal(pathTemplate, operation.PathTemplate);
        Assert.Equal(scopes, operation.Scopes.Scopes);
        Assert.Equal(isIdempotent, operation.IsIdempotent);
        Assert.Equal(isDeprecated, operation.IsDeprecated);
    }
}
