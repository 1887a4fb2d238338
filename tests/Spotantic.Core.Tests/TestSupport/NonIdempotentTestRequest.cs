using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.TestSupport;

/// <summary>A POST that must never be repeated after a transient fault (shaped like <c>POST /me/player/next</c>).</summary>
public sealed record NonIdempotentTestRequest : SpotifyRequest
{
    public static SpotifyOperation Definition { get; } = new("test-skip-to-next", HttpMethod.Post, "/me/player/next", ScopeRequirement.None, isIdempotent: false);

    public override SpotifyOperation Operation => Definition;

    public override void Validate()
    {
    }

    internal override string BuildRelativeUri() => "me/player/next";
}
