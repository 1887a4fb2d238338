using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spotantic.Tests.Support;

/// <summary>
/// A real <c>redis-server</c> of the test's own, on a free loopback port, with its data in a scratch directory and an
/// append-only file written on every command, so that it can be killed and started again (on the same port) without
/// losing what it held. Stopped by its PID on dispose. A machine without Redis fails the test: <c>./test.sh</c> installs it.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private const string Executable = "/usr/bin/redis-server";
    private readonly ScratchDirectory _directory = new("spotantic-redis");
    private Process? _process;

    private RedisServer(int port)
    {
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>The server's process ID while it runs.</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    public static RedisServer Start()
    {
        Assert.True(File.Exists(Executable), $"The Redis tests need {Executable} (Debian's redis-server package); ./test.sh installs it (apt-get install -y redis-server).");
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(LoopbackPort.Free());
            if (server.TryLaunch(out var error))
            {
                return server;
            }

            server.Dispose();
            Assert.True(attempt < 5, $"redis-server did not start: {error}");
        }
    }

    /// <summary>Kills the server (SIGKILL, by PID), as a crash or a lost host would, and waits for it to be gone.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit(10_000);
        }
    }

    /// <summary>Starts the server again on the same port, with the data it had.</summary>
    public void Restart()
    {
        Kill();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string? error = null;
        while (DateTime.UtcNow < deadline)
        {
            // The port can linger for a moment after the kill.
            if (TryLaunch(out error))
            {
                return;
            }

            Thread.Sleep(200);
        }

        Assert.Fail($"redis-server did not start again on port {Port}: {error}");
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        _directory.Dispose();
    }

    private bool TryLaunch(out string? error)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _directory.Path,
            "--appendonly", "yes", "--appendfsync", "always", "--save", string.Empty, "--daemonize", "no", "--loglevel", "warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process?.Dispose();
        _process = process;

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (Answers())
            {
                error = null;
                return true;
            }

            Thread.Sleep(50);
        }

        lock (output)
        {
            error = process.HasExited ? $"it exited with {process.ExitCode}: {output}" : "it did not answer PING within 20 s";
        }

        return false;
    }

    // A raw PING, so that this helper needs no Redis client.
    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
