using System.Net;
using System.Text;

namespace Spotantic.Benchmarks;

/// <summary>
/// Answers every Web API call with one album, in memory: no socket and no server, so what is measured is the
/// client's own request path, the part a token store could slow down.
/// </summary>
internal sealed class StubSpotifyHandler : HttpMessageHandler
{
    private static readonly byte[] Album = Encoding.UTF8.GetBytes("""
        {"album_type":"album","total_tracks":1,"available_markets":["US"],"external_urls":{"spotify":"https://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy"},
         "href":"https://api.spotify.com/v1/albums/4aawyAB9vmqN3uQ7FjRGTy","id":"4aawyAB9vmqN3uQ7FjRGTy","images":[{"url":"https://i.scdn.co/image/ab67616d0000b2732c5b24ecfa39523a75c993c4","height":640,"width":640}],
         "name":"Global Warming","release_date":"2012-11-16","release_date_precision":"day","type":"album","uri":"spotify:album:4aawyAB9vmqN3uQ7FjRGTy",
         "artists":[{"external_urls":{"spotify":"https://open.spotify.com/artist/0TnOYISbd1XYRBk9myaseg"},"href":"https://api.spotify.com/v1/artists/0TnOYISbd1XYRBk9myaseg","id":"0TnOYISbd1XYRBk9myaseg","name":"Pitbull","type":"artist","uri":"spotify:artist:0TnOYISbd1XYRBk9myaseg"}],
         "tracks":{"href":"https://api.spotify.com/v1/albums/4aawyAB9vmqN3uQ7FjRGTy/tracks?offset=0&limit=50","limit":50,"next":null,"offset":0,"previous":null,"total":1,
           "items":[{"artists":[{"external_urls":{"spotify":"https://open.spotify.com/artist/0TnOYISbd1XYRBk9myaseg"},"href":"https://api.spotify.com/v1/artists/0TnOYISbd1XYRBk9myaseg","id":"0TnOYISbd1XYRBk9myaseg","name":"Pitbull","type":"artist","uri":"spotify:artist:0TnOYISbd1XYRBk9myaseg"}],
             "available_markets":["US"],"disc_number":1,"duration_ms":207133,"explicit":false,"external_urls":{"spotify":"https://open.spotify.com/track/6OmhkSOpvYBokMKQxpIGx2"},"href":"https://api.spotify.com/v1/tracks/6OmhkSOpvYBokMKQxpIGx2",
             "id":"6OmhkSOpvYBokMKQxpIGx2","name":"Global Warming (feat. Sensato)","preview_url":null,"track_number":1,"type":"track","uri":"spotify:track:6OmhkSOpvYBokMKQxpIGx2","is_local":false}]},
         "copyrights":[{"text":"(P) 2012 RCA Records","type":"P"}],"external_ids":{"upc":"886443671584"},"genres":[],"label":"Mr.305/Polo Grounds Music/RCA Records","popularity":56}
        """);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(Album) { Headers = { { "Content-Type", "application/json; charset=utf-8" } } },
        });
}
