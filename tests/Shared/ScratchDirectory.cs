namespace Spotantic.Tests.Support;

/// <summary>A fresh temporary directory, deleted with everything in it on dispose.</summary>
public sealed class ScratchDirectory : IDisposable
{
    /// <summary>A directory named after the test assembly, so one left behind says which tests made it.</summary>
    public ScratchDirectory()
        : this(typeof(ScratchDirectory).Assembly.GetName().Name!)
    {
    }

    public ScratchDirectory(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that is still shutting down may hold a file; the system cleans temp eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
