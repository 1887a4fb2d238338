namespace Spotantic.Extensions.DependencyInjection;

/// <summary>
/// Marks an app (a name, or <see langword="null"/> for the unnamed registration) that is already registered, keeps its
/// builder for later calls, and reads the client ID each <c>AddSpotantic</c> call for it configures.
/// </summary>
/// <param name="Name">The app name.</param>
/// <param name="Builder">The builder the first registration returned.</param>
internal sealed record SpotanticRegistration(string? Name, SpotanticBuilder Builder)
{
    /// <summary>One reader per <c>AddSpotantic</c> call: the client ID that call alone sets, or <see langword="null"/>.</summary>
    public List<Func<string?>> ClientIdSources { get; } = [];
}
