using System.ComponentModel;
using System.Diagnostics;

namespace Spotantic.Auth;

/// <summary>Opens the system's default browser (<c>xdg-open</c> on Linux, <c>open</c> on macOS, the shell on Windows).</summary>
public sealed class SystemBrowserLauncher : ISpotifyBrowserLauncher
{
    /// <inheritdoc />
    public Task<bool> OpenAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var startInfo = OperatingSystem.IsWindows()
            ? new ProcessStartInfo(uri.AbsoluteUri) { UseShellExecute = true }
            : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", [uri.AbsoluteUri]) { UseShellExecute = false };

        // Without a display there is nothing to open a browser on, even if xdg-open exists.
        if (OperatingSystem.IsLinux() && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
        {
            return Task.FromResult(false);
        }

        try
        {
            using var process = Process.Start(startInfo);
            return Task.FromResult(process is not null);
        }
        catch (Win32Exception)
        {
            return Task.FromResult(false);
        }
        catch (InvalidOperationException)
        {
            return Task.FromResult(false);
        }
    }
}
