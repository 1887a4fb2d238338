using Microsoft.Extensions.Logging;

namespace WorkerSample;

internal static partial class SampleBanner
{
    public static void Write(ILogger logger, SampleTarget target)
    {
        if (target.IsEmulator)
        {
            LogEmulator(logger, target.ApiBaseAddress);
            LogEmulatorHint(logger);
        }
        else
        {
            LogSpotify(logger, target.ApiBaseAddress);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "*** Running against the LOCAL SPOTIFY EMULATOR at {Address} (no Spotantic:Auth:ClientId is configured). ***")]
    private static partial void LogEmulator(ILogger logger, Uri address);

    [LoggerMessage(Level = LogLevel.Information, Message = "    Its data is generated; set Spotantic:Auth:ClientId (see README.md) to use your Spotify account.")]
    private static partial void LogEmulatorHint(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Running against Spotify at {Address}.")]
    private static partial void LogSpotify(ILogger logger, Uri address);
}
