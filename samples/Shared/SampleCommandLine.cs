namespace Spotantic.Samples;

/// <summary>
/// A sample's own arguments: an optional command first, flags, and help. Everything else goes to the host's
/// configuration (e.g. <c>--Sample:RefreshInterval 00:01:00</c>).
/// </summary>
public sealed class SampleCommandLine
{
    private static readonly string[] HelpArguments = ["--help", "-h", "help"];

    private readonly HashSet<string> _flags;

    private SampleCommandLine(string? command, HashSet<string> flags, bool help, string[] hostArgs)
    {
        Command = command;
        _flags = flags;
        Help = help;
        HostArgs = hostArgs;
    }

    /// <summary>The command given as the first argument, such as <c>login</c>; null when there is none.</summary>
    public string? Command { get; }

    /// <summary>Whether help was asked for (<c>--help</c>, <c>-h</c> or <c>help</c>).</summary>
    public bool Help { get; }

    /// <summary>The arguments left for the host: <c>--Key value</c>, <c>--Key=value</c> and <c>/Key value</c>.</summary>
#pragma warning disable CA1819 // The host takes its arguments as an array.
    public string[] HostArgs { get; }
#pragma warning restore CA1819

    /// <summary>Whether a flag was given.</summary>
    /// <param name="flag">The flag as written, such as <c>--watch</c>.</param>
    /// <returns>True when it is on the command line.</returns>
    public bool HasFlag(string flag) => _flags.Contains(flag);

    /// <summary>Splits the arguments into the sample's own and the host's.</summary>
    /// <param name="args">The process's arguments.</param>
    /// <param name="usage">The usage text, shown with an unknown argument.</param>
    /// <param name="commands">The commands the sample knows; only valid as the first argument.</param>
    /// <param name="flags">The flags the sample knows, such as <c>--watch</c>.</param>
    /// <returns>The parsed command line.</returns>
    /// <exception cref="SampleConfigurationException">An argument is neither the sample's nor a configuration key or its value.</exception>
    public static SampleCommandLine Parse(IReadOnlyList<string> args, string usage, IReadOnlyCollection<string> commands, IReadOnlyCollection<string> flags)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(flags);
        string? command = null;
        var given = new HashSet<string>(StringComparer.Ordinal);
        var help = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (i == 0 && commands.Contains(arg))
            {
                command = arg;
            }
            else if (flags.Contains(arg))
            {
                given.Add(arg);
            }
            else if (HelpArguments.Contains(arg))
            {
                help = true;
            }
            else
            {
                // A bare word is only valid as the value of the `--Key` before it; anything else is a typo.
                var isValue = i > 0 && rest.Count > 0 && rest[^1] == args[i - 1] && IsKeyWithoutValue(args[i - 1]);
                if (!IsKey(arg) && !arg.Contains('=', StringComparison.Ordinal) && !isValue)
                {
                    throw new SampleConfigurationException($"Unknown argument '{arg}'.{Environment.NewLine}{usage}");
                }

                rest.Add(arg);
            }
        }

        return new SampleCommandLine(command, given, help, [.. rest]);
    }

    private static bool IsKey(string arg) => arg.StartsWith('-') || arg.StartsWith('/');

    private static bool IsKeyWithoutValue(string arg) => IsKey(arg) && !arg.Contains('=', StringComparison.Ordinal);
}
