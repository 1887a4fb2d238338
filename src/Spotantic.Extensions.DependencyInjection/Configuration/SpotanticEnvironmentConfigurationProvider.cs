using System.Collections;
using System.Text;
using DotNetEnv;
using Microsoft.Extensions.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Configuration;

/// <summary>
/// Maps <c>SPOTANTIC_&lt;SECTION&gt;_&lt;SNAKE_CASE_KEY&gt;</c> to <c>Spotantic:&lt;Section&gt;:&lt;PascalCaseKey&gt;</c>, e.g.
/// <c>SPOTANTIC_AUTH_CLIENT_ID</c> to <c>Spotantic:Auth:ClientId</c>. Values in the <c>.env</c> file come first and the
/// process environment overrides them, as in the Python library.
/// </summary>
/// <remarks>The <c>.env</c> file is parsed with DotNetEnv, which handles comments, quotes and <c>export</c> prefixes.</remarks>
internal sealed class SpotanticEnvironmentConfigurationProvider(SpotanticEnvironmentConfigurationSource source) : ConfigurationProvider
{
    private const string Prefix = "SPOTANTIC_";

    /// <inheritdoc />
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (source.EnvFilePath is { } path && File.Exists(path))
        {
            var options = new LoadOptions(setEnvVars: false, clobberExistingVars: true, onlyExactPath: true);
            foreach (var (name, value) in Env.Load(path, options))
            {
                Add(data, name, value);
            }
        }

        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            Add(data, (string)entry.Key, entry.Value as string);
        }

        Data = data;
    }

    /// <summary>Converts a <c>SPOTANTIC_*</c> name to its configuration key, or returns <see langword="null"/> for other names.</summary>
    /// <remarks>
    /// A name with <c>__</c> is .NET's own form (<c>Spotantic__Auth__ClientId</c>), which the standard
    /// environment-variable source reads as written: taken here too, it would come back renamed
    /// (<c>Spotantic:Auth:Clientid</c>), and a misspelt one would be reported under a name the user never wrote.
    /// </remarks>
    public static string? ToConfigurationKey(string name)
    {
        // The Python library's settings match the prefix in any case; its names separate words with single underscores.
        if (!name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || name.Contains("__", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = name[Prefix.Length..].Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        var key = new StringBuilder("Spotantic:").Append(Pascal(parts[0])).Append(':');
        foreach (var part in parts.AsSpan(1))
        {
            key.Append(Pascal(part));
        }

        return key.ToString();
    }

    private static void Add(Dictionary<string, string?> data, string name, string? value)
    {
        if (ToConfigurationKey(name) is { } key)
        {
            data[key] = value;
        }
    }

    private static string Pascal(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
}
