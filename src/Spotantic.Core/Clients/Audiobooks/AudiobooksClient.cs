using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IAudiobooksClient"/> over the shared connection.</summary>
internal sealed class AudiobooksClient(SpotifyApiConnection connection) : IAudiobooksClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
