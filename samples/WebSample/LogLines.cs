namespace WebSample;

/// <summary>The sample's own console lines.</summary>
internal static partial class LogLines
{
    // The first line of the output; scripts and the browser tests read the address to open from it.
    [LoggerMessage(Level = LogLevel.Information, Message = "WebSample is talking to {Target}: open {Url} in a browser.")]
    public static partial void Ready(ILogger logger, string target, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Register {CallbackUrl} as a redirect URI of your app in the Spotify Developer Dashboard.")]
    public static partial void RegisterRedirect(ILogger logger, string callbackUrl);
}
