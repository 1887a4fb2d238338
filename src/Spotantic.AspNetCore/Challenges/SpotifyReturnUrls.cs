namespace Spotantic.AspNetCore;

/// <summary>Keeps the places a sign-in returns to on this site.</summary>
internal static class SpotifyReturnUrls
{
    /// <summary>
    /// <paramref name="url"/> when it is a path on this site, else the root. Never <c>//host</c> or <c>/\host</c>,
    /// which browsers read as another site: the handler redirects to it after sign-in without checking.
    /// </summary>
    public static string LocalOrRoot(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
