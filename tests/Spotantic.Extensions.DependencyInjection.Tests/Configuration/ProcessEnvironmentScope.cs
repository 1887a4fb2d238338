using System.Collections;

namespace Spotantic.Extensions.DependencyInjection.Tests.Configuration;

/// <summary>
/// Clears every <c>SPOTANTIC_*</c> variable of the process (a developer's own settings must not leak into the tests),
/// lets a test set variables, and restores all of them on dispose.
/// </summary>
internal sealed class ProcessEnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _original = new(StringComparer.Ordinal);

    public ProcessEnvironmentScope()
    {
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (name.StartsWith("SPOTANTIC_", StringComparison.OrdinalIgnoreCase))
            {
                Set(name, null);
            }
        }
    }

    public void Set(string name, string? value)
    {
        _original.TryAdd(name, Environment.GetEnvironmentVariable(name));
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        foreach (var (name, value) in _original)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
