using System.Text;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Conformance;

/// <summary>A request of the spec walk: method, path and query relative to <c>/v1/</c>, and an optional body.</summary>
internal sealed record WalkRequest(HttpMethod Method, string RelativeUri, Func<HttpContent>? Body)
{
    public override string ToString() => $"{Method} /v1/{RelativeUri}";
}

/// <summary>
/// Builds a valid request for every operation of the spec from the seeded catalog: path parameters are catalog IDs of
/// the kind the path names (<c>/albums/{id}</c> takes an album ID, <c>{playlist_id}</c> a playlist the demo user owns),
/// required query parameters come from <see cref="QueryArguments"/> (by operation, then by parameter name), and bodies
/// from <see cref="Bodies"/>. Parameters the spec marks optional are added where Spotify needs them in practice
/// (<c>uris</c> to add items, a seed for recommendations, <c>device_id</c> for player commands).
/// </summary>
internal sealed class SpecWalkRequests
{
    /// <summary>
    /// The markers of a JPEG file (start of image, JFIF header, end of image), base64 encoded as Spotify expects a cover:
    /// the emulator checks the encoding, the size and the JPEG signature, not the pixels.
    /// </summary>
    private const string TinyJpegBase64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2Q==";

    private readonly EmulatorCatalog _catalog;

    /// <summary>
    /// Sends the walk's request for <paramref name="operation"/> to the harness's emulator, with playback started and an
    /// all-scopes token of the demo user.
    /// </summary>
    public static async Task<(WalkRequest Request, HttpResponseMessage Response)> SendAsync(EmulatorHarness harness, SpecOperation operation)
    {
        var walk = new SpecWalkRequests(harness.Emulator.Catalog, harness.DemoUser);
        walk.StartPlayback();
        var request = walk.Build(operation);
        var response = await harness.SendAsync(request.Method, "v1/" + request.RelativeUri, harness.UserToken([.. Spotantic.Testing.Accounts.SpotifyScopes.All]), request.Body?.Invoke());
        return (request, response);
    }

    public SpecWalkRequests(EmulatorCatalog catalog, EmulatorUser user)
    {
        _catalog = catalog;
        User = user;
        var market = user.Country;
        Track = catalog.Tracks.First(t => t.AvailableMarkets.Contains(market));
        Album = catalog.Albums.First(a => a.AvailableMarkets.Contains(market));
        Artist = catalog.Artists[0];
        Show = catalog.Shows.First(s => s.AvailableMarkets.Contains(market));
        Episode = catalog.Episodes.First(e => e.ShowId == Show.Id);
        Audiobook = catalog.Audiobooks.First(a => a.AvailableMarkets.Contains(market));
        Chapter = catalog.Chapters.First(c => c.AudiobookId == Audiobook.Id && c.AvailableMarkets.Contains(market));
        Category = catalog.Categories[0];
        OwnedPlaylist = catalog.Playlists.First(p => p.OwnerId == user.Id && p.Items.Count >= 3);
        OtherPlaylist = catalog.Playlists.First(p => p.OwnerId != user.Id && p.IsPublic);
        Genre = catalog.Genres[0];
    }

    public EmulatorUser User { get; }

    public CatalogTrack Track { get; }

    public CatalogAlbum Album { get; }

    public CatalogArtist Artist { get; }

    public CatalogShow Show { get; }

    public CatalogEpisode Episode { get; }

    public CatalogAudiobook Audiobook { get; }

    public CatalogChapter Chapter { get; }

    public CatalogCategory Category { get; }

    /// <summary>A playlist of the demo user with at least three items, the target of every playlist write.</summary>
    public CatalogPlaylist OwnedPlaylist { get; }

    /// <summary>A public playlist of someone else, to follow.</summary>
    public CatalogPlaylist OtherPlaylist { get; }

    public string Genre { get; }

    public static string DeviceId => "emulatordesktop0000000000000000000000001";

    /// <summary>Required (or needed in practice) query arguments, by operation; the value is already escaped.</summary>
    private Dictionary<string, (string Name, string Value)[]> QueryArguments => new(StringComparer.Ordinal)
    {
        ["search"] = [("q", Uri.EscapeDataString(Track.Name)), ("type", "album,artist,playlist,track,show,episode,audiobook")],
        ["save-library-items"] = [("uris", LibraryUris)],
        ["remove-library-items"] = [("uris", LibraryUris)],
        ["check-library-contains"] = [("uris", LibraryUris)],
        ["get-followed"] = [("type", "artist")],
        ["follow-artists-users"] = [("type", "artist"), ("ids", Artist.Id)],
        ["unfollow-artists-users"] = [("type", "artist"), ("ids", Artist.Id)],
        ["check-current-user-follows"] = [("type", "artist"), ("ids", Artist.Id)],
        ["check-if-user-follows-playlist"] = [("ids", Uri.EscapeDataString(User.Id))],
        ["get-recommendations"] = [("seed_artists", Artist.Id), ("seed_tracks", Track.Id), ("seed_genres", Genre)],
        ["seek-to-position-in-currently-playing-track"] = [("position_ms", "1000"), ("device_id", DeviceId)],
        ["set-repeat-mode-on-users-playback"] = [("state", "context"), ("device_id", DeviceId)],
        ["set-volume-for-users-playback"] = [("volume_percent", "50"), ("device_id", DeviceId)],
        ["toggle-shuffle-for-users-playback"] = [("state", "true"), ("device_id", DeviceId)],
        ["add-to-queue"] = [("uri", Uri.EscapeDataString("spotify:track:" + Track.Id)), ("device_id", DeviceId)],
        ["pause-a-users-playback"] = [("device_id", DeviceId)],
        ["start-a-users-playback"] = [("device_id", DeviceId)],
        ["skip-users-playback-to-next-track"] = [("device_id", DeviceId)],
        ["skip-users-playback-to-previous-track"] = [("device_id", DeviceId)],
    };

    /// <summary>Request bodies, by operation (JSON unless said otherwise).</summary>
    private Dictionary<string, Func<HttpContent>> Bodies => new(StringComparer.Ordinal)
    {
        ["change-playlist-details"] = () => Json("""{"name":"Renamed by the spec walk","description":"Walked"}"""),
        ["add-items-to-playlist"] = () => Json($$"""{"uris":["spotify:track:{{Track.Id}}","spotify:episode:{{Episode.Id}}"]}"""),
        ["add-tracks-to-playlist"] = () => Json($$"""{"uris":["spotify:track:{{Track.Id}}"]}"""),
        ["reorder-or-replace-playlists-items"] = () => Json($$"""{"range_start":0,"insert_before":2,"range_length":1,"snapshot_id":"{{OwnedPlaylist.SnapshotId}}"}"""),
        ["reorder-or-replace-playlists-tracks"] = () => Json($$"""{"range_start":0,"insert_before":2,"range_length":1}"""),
        ["remove-items-playlist"] = () => Json($$"""{"items":[{"uri":"{{OwnedPlaylist.Items[0].Uri}}"}]}"""),
        ["remove-tracks-playlist"] = () => Json($$"""{"tracks":[{"uri":"{{OwnedPlaylist.Items[0].Uri}}"}]}"""),
        ["create-playlist"] = () => Json("""{"name":"Spec walk","description":"Created by the spec walk","public":false}"""),
        ["create-playlist-for-user"] = () => Json("""{"name":"Spec walk","public":true}"""),
        ["save-tracks-user"] = () => Json($$"""{"ids":["{{Track.Id}}"]}"""),
        ["follow-playlist"] = () => Json("""{"public":true}"""),
        ["upload-custom-playlist-cover"] = () => new StringContent(TinyJpegBase64, Encoding.ASCII, "image/jpeg"),
        ["transfer-a-users-playback"] = () => Json($$"""{"device_ids":["{{DeviceId}}"],"play":true}"""),
        ["start-a-users-playback"] = () => Json($$"""{"uris":["spotify:track:{{Track.Id}}"],"position_ms":0}"""),
    };

    private string LibraryUris => Uri.EscapeDataString($"spotify:album:{Album.Id},spotify:track:{Track.Id}");

    /// <summary>The operations the table gives a body or arguments to, to check the table against the spec.</summary>
    public IEnumerable<string> KnownOperationIds => QueryArguments.Keys.Concat(Bodies.Keys);

    public WalkRequest Build(SpecOperation operation)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(PathArgument(operation, parameter.Name)), StringComparison.Ordinal);
        }

        var query = new List<string>();
        var given = QueryArguments.GetValueOrDefault(operation.OperationId, []);
        foreach (var (name, value) in given)
        {
            query.Add(name + "=" + value);
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "query" && p.Required && given.All(g => g.Name != p.Name)))
        {
            query.Add(parameter.Name + "=" + QueryArgument(operation, parameter.Name));
        }

        var relative = path.TrimStart('/') + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        var body = Bodies.GetValueOrDefault(operation.OperationId);
        if (body is null && operation.RequestBody?["required"]?.GetValue<bool>() == true)
        {
            throw new InvalidOperationException($"{operation} requires a body; add one to the spec walk's table.");
        }

        return new WalkRequest(new HttpMethod(operation.Method), relative, body);
    }

    /// <summary>Starts playback for the demo user on the desktop device, so player reads have content and commands have a target.</summary>
    public void StartPlayback()
    {
        var player = User.Player;
        lock (player.Gate)
        {
            foreach (var device in player.Devices)
            {
                device.IsActive = device.Id == DeviceId;
            }

            player.CurrentItemUri = "spotify:track:" + Track.Id;
            player.ContextUri = "spotify:album:" + Track.AlbumId;
            player.IsPlaying = true;
            player.ProgressMs = 12_000;
            player.QueueUris.Clear();
            player.QueueUris.Add("spotify:episode:" + Episode.Id);
            player.QueueUris.Add("spotify:track:" + _catalog.Tracks.Last(t => t.AvailableMarkets.Contains(User.Country)).Id);
        }
    }

    private string PathArgument(SpecOperation operation, string name) => name switch
    {
        "playlist_id" when operation.OperationId is "follow-playlist" or "unfollow-playlist" => OtherPlaylist.Id,
        "playlist_id" => OwnedPlaylist.Id,
        "user_id" => User.Id,
        "category_id" => Category.Id,
        "id" => IdOfKind(operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0], operation),
        _ => throw new InvalidOperationException($"{operation}: no argument for path parameter '{name}'; add one to the spec walk's table."),
    };

    private string QueryArgument(SpecOperation operation, string name) => name switch
    {
        "ids" => IdOfKind(operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["me", var kind, ..] ? kind : operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0], operation),
        _ => throw new InvalidOperationException($"{operation}: no argument for required query parameter '{name}'; add one to the spec walk's table."),
    };

    private string IdOfKind(string pathSegment, SpecOperation operation) => pathSegment switch
    {
        "albums" => Album.Id,
        "artists" => Artist.Id,
        "tracks" or "audio-features" or "audio-analysis" => Track.Id,
        "shows" => Show.Id,
        "episodes" => Episode.Id,
        "audiobooks" => Audiobook.Id,
        "chapters" => Chapter.Id,
        _ => throw new InvalidOperationException($"{operation}: no ID kind for '/{pathSegment}'; add one to the spec walk's table."),
    };

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
