namespace WorkerSample;

/// <summary>The sample's own arguments; everything else goes to the host's configuration (e.g. <c>--Sample:RefreshInterval 00:01:00</c>).</summary>
internal sealed record SampleCommandLine(bool Login, bool Watch, bool Help, string[] HostArgs)
{
    public const string Usage = """
        Usage: dotnet run --project samples/WorkerSample [-- [login] [--watch] [--Key value]...]

          (no command)   Run the library summary once and exit.
          login          Sign in interactively and store the token for later runs.
          --watch        Keep running and refresh the summary every Sample:RefreshInterval (default 5 minutes).
          --Key value    Any configuration key, e.g. --Sample:RefreshInterval 00:01:00.

        Without Spotantic:Auth:ClientId the sample runs against a local Spotify emulator started in-process.
        """;

    public static SampleCommandLine Parse(IReadOnlyList<string> args)
    {
        var login = false;
        var watch = false;
        var help = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "login" when i == 0:
                    login = true;
                    break;
                case "--watch":
                    watch = true;
                    break;
                case "--help" or "-h" or "help":
                    help = true;
                    break;
                default:
                    // A bare word is only valid as the value of the `--Key` before it; anything else is a typo.
                    var isValue = i > 0 && rest.Count > 0 && rest[^1] == args[i - 1] && IsKeyWithoutValue(args[i - 1]);
                    if (!IsKey(args[i]) && !args[i].Contains('=', StringComparison.Ordinal) && !isValue)
                    {
                        throw new SampleConfigurationException($"Unknown argument '{args[i]}'.{Environment.NewLine}{Usage}");
                    }

                    rest.Add(args[i]);
                    break;
            }
        }

        return new SampleCommandLine(login, watch, help, [.. rest]);
    }

    private static bool IsKey(string arg) => arg.StartsWith('-') || arg.StartsWith('/');

    private static bool IsKeyWithoutValue(string arg) => IsKey(arg) && !arg.Contains('=', StringComparison.Ordinal);
}
