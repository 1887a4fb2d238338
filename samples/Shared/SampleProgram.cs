using Microsoft.Extensions.Options;

namespace Spotantic.Samples;

/// <summary>
/// A sample's <c>Main</c> around its own code: parses the command line, answers <c>--help</c>, and turns invalid
/// arguments and settings into a message on standard error and <see cref="SampleExitCode.InvalidConfiguration"/>.
/// </summary>
public static class SampleProgram
{
    /// <summary>Parses the arguments and runs the sample with them.</summary>
    /// <param name="args">The process's arguments.</param>
    /// <param name="usage">The usage text for <c>--help</c> and unknown arguments.</param>
    /// <param name="commands">The commands the sample knows (see <see cref="SampleCommandLine.Parse"/>).</param>
    /// <param name="flags">The flags the sample knows.</param>
    /// <param name="run">Builds and runs the sample's host; returns its exit code.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string usage, IReadOnlyCollection<string> commands, IReadOnlyCollection<string> flags, Func<SampleCommandLine, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            var command = SampleCommandLine.Parse(args, usage, commands, flags);
            if (command.Help)
            {
                Console.WriteLine(usage);
                return SampleExitCode.Success;
            }

            return await run(command).ConfigureAwait(false);
        }
        catch (SampleConfigurationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return SampleExitCode.InvalidConfiguration;
        }
        catch (OptionsValidationException ex)
        {
            return await ReportAsync([ex]).ConfigureAwait(false);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            // The host validates each options type on its own and throws them together when more than one fails
            // (e.g. Spotantic's settings and the sign-in scheme's).
            return await ReportAsync(ex.InnerExceptions.Cast<OptionsValidationException>()).ConfigureAwait(false);
        }
    }

    // Spotantic validates its settings when the host starts; each failure names the key to fix.
    private static async Task<int> ReportAsync(IEnumerable<OptionsValidationException> exceptions)
    {
        var failures = string.Join(Environment.NewLine + "  ", exceptions.SelectMany(ex => ex.Failures).Distinct(StringComparer.Ordinal));
        await Console.Error.WriteLineAsync($"The configuration is not valid:{Environment.NewLine}  {failures}").ConfigureAwait(false);
        return SampleExitCode.InvalidConfiguration;
    }
}
