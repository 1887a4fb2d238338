using System.Runtime.InteropServices;

namespace Spotantic.Emulator;

/// <summary>
/// Stops the emulator when the process that started it is gone. <c>dotnet run</c> starts the emulator as a child; if
/// <c>dotnet run</c> is killed (rather than stopped with Ctrl+C, which reaches both), the child would keep the port.
/// On Linux and macOS the child is then handed to another parent, which this notices within a second.
/// </summary>
internal static partial class ParentProcessWatch
{
    /// <summary>Cancels <paramref name="stop"/> once the parent process has gone; does nothing on Windows.</summary>
    public static void Start(CancellationTokenSource stop)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var parent = GetParentProcessId();
        _ = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
                {
                    if (GetParentProcessId() != parent)
                    {
                        Console.WriteLine("The process that started the emulator has exited; stopping.");
                        await stop.CancelAsync().ConfigureAwait(false);
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped for another reason.
            }
        });
    }

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int GetParentProcessId();
}
