namespace Spotantic.Samples;

/// <summary>
/// A setting of the sample itself (its configuration section or the command line) is wrong. The message names the
/// setting and says what it must be; <see cref="SampleProgram"/> prints it and exits with
/// <see cref="SampleExitCode.InvalidConfiguration"/>.
/// </summary>
public sealed class SampleConfigurationException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public SampleConfigurationException()
        : this("A setting of the sample is not valid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Names the setting and what it must be.</param>
    public SampleConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the error that made the setting unusable.</summary>
    /// <param name="message">Names the setting and what it must be.</param>
    /// <param name="innerException">The underlying error.</param>
    public SampleConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
