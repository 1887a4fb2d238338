namespace Spotantic.Extensions.DependencyInjection.Configuration;

/// <summary>
/// Claims a section under <c>Spotantic</c> for an extension package (e.g. <c>Redis</c>, read by
/// <c>Spotantic.Extensions.Caching.Redis</c>), which binds and validates it itself. Registered as a singleton by the
/// package's setup method; the start-up check that rejects unknown <c>Spotantic</c> keys then leaves that section alone.
/// </summary>
/// <param name="Name">The section's name under <c>Spotantic</c>, e.g. <c>Redis</c>.</param>
public sealed record SpotanticConfigurationSection(string Name);
