namespace Spotantic.Extensions.DependencyInjection;

/// <summary>Marks a service collection that already has Spotantic, and keeps its builder for later calls.</summary>
/// <param name="Builder">The builder the first registration returned.</param>
internal sealed record SpotanticRegistration(SpotanticBuilder Builder);
