using System.Net;
using System.Net.Sockets;

namespace Spotantic.Tests.Support;

/// <summary>Free loopback ports for what a test has a sample listen on.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now.</summary>
    public static int Free()
    {
        // Below Linux's ephemeral range (32768-60999): a port taken from it with port 0 is soon reused as the local
        // port of another test's outgoing connection, and what was to listen on it then cannot bind it.
        while (true)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
            }
        }
    }
}
