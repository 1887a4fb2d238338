namespace Spotantic.Configuration;

/// <summary>Spotantic's own log output; bound from <c>Spotantic:Logging</c>.</summary>
public sealed class SpotanticLoggingOptions
{
    /// <summary>Whether Spotantic logs at all. When off, no <c>Spotantic.*</c> category writes anything. Defaults to on.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>Whether the <c>Spotantic.*</c> categories log at Debug; otherwise at Information.</summary>
    public bool Debug { get; set; }

    /// <summary>
    /// A directory for session logs: each run writes <c>&lt;LogsDir&gt;/&lt;yyyyMMdd-HHmmss&gt;/session.log</c> with the
    /// <c>Spotantic.*</c> categories. When unset, logs go only to the app's configured providers.
    /// </summary>
    public string? LogsDir { get; set; }
}
