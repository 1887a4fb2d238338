namespace Spotantic.Models;

/// <summary>
/// A copyright statement of an album, show or audiobook.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>CopyrightObject</c>.
/// </remarks>
public sealed record Copyright
{
    /// <summary>Gets the copyright text, for example <c>"(C) 2020 Some Label"</c>.</summary>
    public string Text { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the type of copyright: <see cref="CopyrightType.Copyright"/> (<c>C</c>) or <see cref="CopyrightType.SoundRecording"/> (<c>P</c>).</summary>
    public CopyrightType Type { get; init; }
}
