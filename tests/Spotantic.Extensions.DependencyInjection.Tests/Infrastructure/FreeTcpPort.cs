using System.Net;
using System.Net.Sockets;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>Finds a port on 127.0.0.1 that nothing listens on, for a redirect URI that must be known in advance.</summary>
public static class FreeTcpPort
{
    /// <summary>Binds port 0, reads the port the system chose, and releases it.</summary>
    /// <returns>The port.</returns>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>A loopback redirect URI on a free port, e.g. <c>http://127.0.0.1:41234/callback</c>.</summary>
    /// <returns>The URI.</returns>
    public static string NextRedirectUri() => $"http://127.0.0.1:{Next()}/callback";
}
