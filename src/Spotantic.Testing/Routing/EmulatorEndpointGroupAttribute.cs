namespace Spotantic.Testing.Routing;

/// <summary>
/// Marks a static class that maps one group of Web API operations. The class must declare
/// <c>public static void Map(RouteGroupBuilder api, EmulatorState state)</c>; <see cref="EmulatorRouting"/> finds and
/// calls it at start-up. See <see cref="EmulatorRouting"/> for the full pattern.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class EmulatorEndpointGroupAttribute : Attribute;
