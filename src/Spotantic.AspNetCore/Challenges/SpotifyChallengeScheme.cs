namespace Spotantic.AspNetCore.Challenges;

/// <summary>The one Spotify scheme <c>UseSpotifyChallenges</c> was given, or <see langword="null"/> to use each app's own.</summary>
/// <param name="Name">The scheme name.</param>
internal sealed record SpotifyChallengeScheme(string? Name);
