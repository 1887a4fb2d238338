namespace Spotantic.Extensions.DependencyInjection.Tests.Configuration;

/// <summary>Tests that change process environment variables; they run alone so no other test sees their values.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
