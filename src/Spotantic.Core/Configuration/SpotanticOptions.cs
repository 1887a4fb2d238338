namespace Spotantic.Configuration;

/// <summary>
/// All Spotantic settings; bound from the <c>Spotantic</c> configuration section.
/// </summary>
public sealed class SpotanticOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Spotantic";

    /// <summary>Authentication: client, flow, scopes and token storage (<c>Spotantic:Auth</c>).</summary>
    public SpotanticAuthOptions Auth { get; set; } = new();

    /// <summary>Calls to the Web API: retries, timeouts, scope check, addresses (<c>Spotantic:Client</c>).</summary>
    public SpotanticClientOptions Client { get; set; } = new();

    /// <summary>Spotantic's own log output (<c>Spotantic:Logging</c>).</summary>
    public SpotanticLoggingOptions Logging { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() => $"SpotanticOptions {{ Auth = {Auth} }}";
}
