using System.Text;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>
/// A request to the fake server's <c>POST /v1/test/non-idempotent</c>, flagged not idempotent like
/// <c>POST /me/player/next</c>, so retry rules can be tested end to end.
/// </summary>
public sealed record NonIdempotentTestRequest : SpotifyRequest
{
    /// <summary>The operation.</summary>
    public static SpotifyOperation Definition { get; } = new("test-non-idempotent", HttpMethod.Post, "/test/non-idempotent", ScopeRequirement.None, isIdempotent: false);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "test/non-idempotent";

    /// <inheritdoc />
    internal override HttpContent? BuildContent() => new StringContent("""{"action":"skip"}""", Encoding.UTF8, "application/json");
}
