using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Spotantic.Models;

namespace WebSample;

/// <summary>The sample's HTML. Everything that comes from Spotify is HTML-encoded.</summary>
internal static class Pages
{
    public const int PageSize = 10;

    public static IResult SignedOut() => Html("""
        <h1>Spotantic web sample</h1>
        <p>Sign in to see your Spotify profile, saved albums and what is playing.</p>
        <p><a id="sign-in" href="/signin">Log in with Spotify</a></p>
        """);

    public static IResult SignedIn(PrivateUser me, Page<SavedAlbum> albums, PlaybackState? playback, Album albumToSave, bool isSaved, AntiforgeryTokenSet antiforgery)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <h1>Hello, <span id="display-name">{E(me.DisplayName ?? me.Id)}</span></h1>
            <p>Spotify user ID: <code id="user-id">{E(me.Id)}</code></p>
            <h2>Now playing</h2>
            <p id="now-playing">{E(playback is { IsPlaying: true, Item: { } item } ? item.Name : "Nothing is playing")}</p>
            <h2>Saved albums ({albums.Total})</h2>
            <ul id="saved-albums">
            """);
        foreach (var saved in albums.Items)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<li class="saved-album" data-album-id="{E(saved.Album.Id)}">{E(saved.Album.Name)}</li>""").Append('\n');
        }

        html.Append("</ul>\n<p>");
        if (albums.Offset > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<a id="previous-page" href="/?offset={Math.Max(albums.Offset - PageSize, 0)}">Previous page</a> """);
        }

        if (albums.Next is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<a id="next-page" href="/?offset={albums.Offset + PageSize}">Next page</a>""");
        }

        // Saving and then removing the same album leaves the library as it was.
        var (action, buttonId, label, state) = isSaved
            ? ("/albums/remove", "remove-album", "Remove it again", "is in your library")
            : ("/albums/save", "save-album", "Save it", "is not in your library");
        html.Append(CultureInfo.InvariantCulture, $"""
            </p>
            <h2>Try a write</h2>
            <p id="album-to-save" data-album-id="{E(albumToSave.Id)}"><b>{E(albumToSave.Name)}</b> <span id="album-to-save-state">{state}</span>.</p>
            <form method="post" action="{action}">{Field(antiforgery)}<button id="{buttonId}" type="submit">{label}</button></form>
            <h2>Done?</h2>
            <form method="post" action="/signout">{Field(antiforgery)}<button id="sign-out" type="submit">Sign out</button></form>
            """);
        return Html(html.ToString());
    }

    private static string Field(AntiforgeryTokenSet antiforgery) =>
        $"""<input type="hidden" name="{E(antiforgery.FormFieldName)}" value="{E(antiforgery.RequestToken)}">""";

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    private static IResult Html(string body) => Results.Content(
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Spotantic web sample</title></head>
        <body>
        {body}
        </body>
        </html>
        """,
        "text/html; charset=utf-8");
}
