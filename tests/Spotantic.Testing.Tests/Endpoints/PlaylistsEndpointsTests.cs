using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class PlaylistsEndpointsTests
{
    private const string ModifyPublic = "playlist-modify-public";
    private const string ModifyPrivate = "playlist-modify-private";
    private static readonly byte[] TinyJpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];

    [Fact]
    public async Task GetPlaylist_Owner_EmbedsFirstPageOfItemsWithFollowableNext()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var playlist = Large(h);

        var json = await h.GetJsonAsync("v1/playlists/" + playlist.Id, h.UserToken());

        SpecSchemas.AssertResponseConforms(json, "get-playlist");
        Assert.Equal(playlist.Name, json.GetProperty("name").GetString());
        Assert.Equal(playlist.SnapshotId, json.GetProperty("snapshot_id").GetString());
        Assert.Equal("Demo User", json.GetProperty("owner").GetProperty("display_name").GetString());
        var items = json.GetProperty("items");
        Assert.Equal(50, items.GetProperty("items").GetArrayLength());
        Assert.Equal(playlist.Items.Count, items.GetProperty("total").GetInt32());
        Assert.Equal(h.Emulator.ApiBaseAddress + $"playlists/{playlist.Id}/items?offset=50&limit=50", items.GetProperty("next").GetString());
        var next = await h.GetJsonAsync(items.GetProperty("next").GetString()!, h.UserToken());
        Assert.Equal(playlist.Items[50].Uri, next.GetProperty("items")[0].GetProperty("item").GetProperty("uri").GetString());
        Assert.Equal(playlist.Items[0].Uri, items.GetProperty("items")[0].GetProperty("item").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task GetPlaylist_SomeoneElsesWithClientToken_ServedWithoutItems()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var playlist = h.Emulator.Catalog.Playlists.First(p => p.OwnerId == "spotify");

        var json = await h.GetJsonAsync("v1/playlists/" + playlist.Id, h.ClientToken());

        SpecSchemas.AssertResponseConforms(json, "get-playlist");
        Assert.False(json.TryGetProperty("items", out _));
        Assert.Equal("spotify", json.GetProperty("owner").GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetPlaylist_FieldsFilter_KeepsOnlyNamedTopLevelFields()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var playlist = Large(h);

        var json = await h.GetJsonAsync($"v1/playlists/{playlist.Id}?fields=name,items(total,items(added_at))", h.UserToken());

        Assert.Equal(["items", "name"], json.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("v1/playlists/short", 400)]
    [InlineData("v1/playlists/0000000000000000000000", 404)]
    [InlineData("v1/playlists/0000000000000000000000/images", 404)]
    public async Task GetPlaylist_MalformedOrUnknownId_Rejected(string path, int status)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync(path, h.ClientToken());

        await EmulatorHarness.ReadApiErrorAsync(response, status);
    }

    [Fact]
    public async Task GetPlaylistItems_LargePlaylist_PagesWithAbsoluteLinksToTheEnd()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var playlist = Large(h);
        var token = h.UserToken();

        var first = await h.GetJsonAsync($"v1/playlists/{playlist.Id}/items?limit=50&additional_types=track,episode", token);
        var last = await h.GetJsonAsync($"v1/playlists/{playlist.Id}/items?offset=500&limit=50", token);
        var tracks = await h.GetJsonAsync($"v1/playlists/{playlist.Id}/tracks?limit=100", token);

        SpecSchemas.AssertResponseConforms(first, "get-playlists-items");
        SpecSchemas.AssertResponseConforms(tracks, "get-playlists-tracks");
        Assert.Equal(50, first.GetProperty("items").GetArrayLength());
        Assert.Equal(h.Emulator.ApiBaseAddress + $"playlists/{playlist.Id}/items?offset=50&limit=50&additional_types=track%2Cepisode", first.GetProperty("next").GetString());
        Assert.Equal(playlist.Items.Count - 500, last.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
        Assert.Equal(100, tracks.GetProperty("items").GetArrayLength());
        Assert.Equal(playlist.Items[24].Uri, first.GetProperty("items")[24].GetProperty("item").GetProperty("uri").GetString());
        Assert.Equal("episode", first.GetProperty("items")[24].GetProperty("item").GetProperty("type").GetString());
        Assert.True(tracks.GetProperty("items")[0].TryGetProperty("track", out _));
    }

    [Theory]
    [InlineData("items?limit=51")]
    [InlineData("tracks?limit=101")]
    [InlineData("items?offset=-1")]
    [InlineData("items?additional_types=album")]
    public async Task GetPlaylistItems_InvalidParameter_Is400(string query)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync($"v1/playlists/{Large(h).Id}/{query}", h.UserToken());

        await EmulatorHarness.ReadApiErrorAsync(response, 400);
    }

    [Fact]
    public async Task GetPlaylistItems_PlaylistTheUserNeitherOwnsNorCollaboratesOn_Is403()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var others = h.Emulator.Catalog.Playlists.First(p => p.OwnerId == "spotify");
        var collaborated = h.Emulator.Catalog.Playlists.First(p => p.OwnerId == "alice.example" && p.IsCollaborative);

        using var forbidden = await h.GetAsync($"v1/playlists/{others.Id}/items", h.UserToken());
        using var clientToken = await h.GetAsync($"v1/playlists/{others.Id}/items", h.ClientToken());
        var allowed = await h.GetJsonAsync($"v1/playlists/{collaborated.Id}/items", h.UserToken());

        Assert.Equal("Forbidden", await EmulatorHarness.ReadApiErrorAsync(forbidden, 403));
        await EmulatorHarness.ReadApiErrorAsync(clientToken, 403);
        Assert.Equal(collaborated.Items.Count, allowed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AddReorderReplaceRemove_OwnPlaylist_ChangeItemsAndSnapshotEveryTime()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(ModifyPublic);
        var catalog = h.Emulator.Catalog;
        var playlist = await CreateAsync(h, token, """{"name":"Writes"}""");
        var snapshots = new List<string> { playlist.SnapshotId };
        string[] t = [catalog.Tracks[0].Uri, catalog.Tracks[1].Uri, catalog.Tracks[2].Uri, catalog.Episodes[0].Uri];

        snapshots.Add(await WriteAsync(h, HttpMethod.Post, playlist.Id, token, $$"""{"uris":["{{t[0]}}","{{t[1]}}"]}""", 201, "add-items-to-playlist"));
        snapshots.Add(await WriteAsync(h, HttpMethod.Post, playlist.Id, token, $$"""{"uris":["{{t[2]}}","{{t[3]}}"],"position":1}""", 201, "add-items-to-playlist"));
        Assert.Equal([t[0], t[2], t[3], t[1]], playlist.Items.Select(i => i.Uri));

        snapshots.Add(await WriteAsync(h, HttpMethod.Put, playlist.Id, token, """{"range_start":0,"insert_before":4}""", 200, "reorder-or-replace-playlists-items"));
        Assert.Equal([t[2], t[3], t[1], t[0]], playlist.Items.Select(i => i.Uri));

        snapshots.Add(await WriteAsync(h, HttpMethod.Put, playlist.Id, token, """{"range_start":2,"range_length":2,"insert_before":0}""", 200, "reorder-or-replace-playlists-items"));
        Assert.Equal([t[1], t[0], t[2], t[3]], playlist.Items.Select(i => i.Uri));

        snapshots.Add(await WriteAsync(h, HttpMethod.Delete, playlist.Id, token, $$"""{"items":[{"uri":"{{t[0]}}"}],"snapshot_id":"{{snapshots[^1]}}"}""", 200, "remove-items-playlist"));
        Assert.Equal([t[1], t[2], t[3]], playlist.Items.Select(i => i.Uri));

        snapshots.Add(await WriteAsync(h, HttpMethod.Put, playlist.Id, token, $$"""{"uris":["{{t[3]}}"]}""", 200, "reorder-or-replace-playlists-items"));
        Assert.Equal([t[3]], playlist.Items.Select(i => i.Uri));

        Assert.Equal(snapshots.Count, snapshots.Distinct().Count());
        Assert.Equal(snapshots[^1], playlist.SnapshotId);
    }

    [Fact]
    public async Task DeprecatedTracksRoutes_AddRemoveWithTracksArray_Work()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(ModifyPublic);
        var playlist = await CreateAsync(h, token, """{"name":"Old routes"}""");
        var uri = h.Emulator.Catalog.Tracks[3].Uri;

        using var add = await h.SendAsync(HttpMethod.Post, $"v1/playlists/{playlist.Id}/tracks?uris={uri},{uri}&position=0", token);
        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        Assert.Equal(2, playlist.Items.Count);

        await WriteAsync(h, HttpMethod.Delete, playlist.Id, token, $$"""{"tracks":[{"uri":"{{uri}}"}]}""", 200, "remove-tracks-playlist", "tracks");

        Assert.Empty(playlist.Items);
    }

    [Theory]
    [InlineData("""{"uris":["spotify:album:4aawyAB9vmqN3uQ7FjRGTy"]}""", 400)]
    [InlineData("""{"uris":["spotify:track:0000000000000000000000"]}""", 400)]
    [InlineData("""{"uris":"not-an-array"}""", 400)]
    [InlineData("""{"position":0}""", 400)]
    [InlineData("""not json""", 400)]
    public async Task AddItems_InvalidBody_Is400AndNothingChanges(string body, int status)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(ModifyPublic);
        var playlist = await CreateAsync(h, token, """{"name":"Strict"}""");
        var before = playlist.SnapshotId;

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await h.SendAsync(HttpMethod.Post, $"v1/playlists/{playlist.Id}/items", token, content);

        await EmulatorHarness.ReadApiErrorAsync(response, status);
        Assert.Empty(playlist.Items);
        Assert.Equal(before, playlist.SnapshotId);
    }

    [Fact]
    public async Task AddItems_MoreThanHundredOrPastTheEnd_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(ModifyPublic);
        var playlist = await CreateAsync(h, token, """{"name":"Limits"}""");
        var uris = string.Join(',', h.Emulator.Catalog.Tracks.Take(101).Select(t => '"' + t.Uri + '"'));

        using var tooMany = await PostJsonAsync(h, $"v1/playlists/{playlist.Id}/items", token, "{\"uris\":[" + uris + "]}");
        using var pastEnd = await PostJsonAsync(h, $"v1/playlists/{playlist.Id}/items", token, $$"""{"uris":["{{h.Emulator.Catalog.Tracks[0].Uri}}"],"position":1}""");

        Assert.Contains("maximum of 100", await EmulatorHarness.ReadApiErrorAsync(tooMany, 400), StringComparison.Ordinal);
        Assert.Equal("Index out of bounds", await EmulatorHarness.ReadApiErrorAsync(pastEnd, 400));
        Assert.Empty(playlist.Items);
    }

    [Fact]
    public async Task Writes_SomeoneElsesPlaylist_Are403Forbidden()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(ModifyPublic, ModifyPrivate, "ugc-image-upload");
        var playlist = h.Emulator.Catalog.Playlists.First(p => p.OwnerId == "spotify" && p.IsPublic);
        var count = playlist.Items.Count;

        using var add = await PostJsonAsync(h, $"v1/playlists/{playlist.Id}/items", token, $$"""{"uris":["{{h.Emulator.Catalog.Tracks[0].Uri}}"]}""");
        using var details = await SendJsonAsync(h, HttpMethod.Put, $"v1/playlists/{playlist.Id}", token, """{"name":"Mine now"}""");
        using var cover = await UploadAsync(h, playlist.Id, token, Convert.ToBase64String(TinyJpeg));

        Assert.Equal(PlaylistMessages.NotOwner, await EmulatorHarness.ReadApiErrorAsync(add, 403));
        Assert.Equal(PlaylistMessages.NotOwner, await EmulatorHarness.ReadApiErrorAsync(details, 403));
        Assert.Equal(PlaylistMessages.NotOwner, await EmulatorHarness.ReadApiErrorAsync(cover, 403));
        Assert.Equal(count, playlist.Items.Count);
    }

    [Fact]
    public async Task Writes_ScopeOfTheOtherVisibility_Are403InsufficientScope()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var privatePlaylist = h.Emulator.Catalog.Playlists.First(p => p.OwnerId == "spotantic.demo" && !p.IsPublic);
        var publicPlaylist = h.Emulator.Catalog.Playlists.First(p => p.OwnerId == "spotantic.demo" && p.IsPublic);
        var publicOnly = h.UserToken(ModifyPublic);
        var privateOnly = h.UserToken(ModifyPrivate);
        var body = $$"""{"uris":["{{h.Emulator.Catalog.Tracks[0].Uri}}"]}""";

        using var privateWithPublicScope = await PostJsonAsync(h, $"v1/playlists/{privatePlaylist.Id}/items", publicOnly, body);
        using var publicWithPrivateScope = await PostJsonAsync(h, $"v1/playlists/{publicPlaylist.Id}/items", privateOnly, body);
        using var privateWithPrivateScope = await PostJsonAsync(h, $"v1/playlists/{privatePlaylist.Id}/items", privateOnly, body);
        using var createPrivate = await PostJsonAsync(h, "v1/me/playlists", publicOnly, """{"name":"Secret","public":false}""");

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(privateWithPublicScope, 403));
        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(publicWithPrivateScope, 403));
        Assert.Equal(HttpStatusCode.Created, privateWithPrivateScope.StatusCode);
        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(createPrivate, 403));
    }

    [Fact]
    public async Task CreatePlaylist_ReturnsPlaylistObjectAndAppearsInTheUsersList()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("new.curator");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, ModifyPublic, ModifyPrivate, "playlist-read-private").AccessToken;

        using var created = await PostJsonAsync(h, "v1/me/playlists", token, """{"name":"Road trip","description":"Long drives","public":false,"collaborative":true}""");
        using var forUser = await PostJsonAsync(h, "v1/users/new.curator/playlists", token, """{"name":"Second"}""");
        using var forOther = await PostJsonAsync(h, "v1/users/alice.example/playlists", token, """{"name":"Not yours"}""");
        var list = await h.GetJsonAsync("v1/me/playlists", token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        SpecSchemas.AssertResponseConforms(json, "create-playlist", 201);
        Assert.Equal("Road trip", json.GetProperty("name").GetString());
        Assert.True(json.GetProperty("collaborative").GetBoolean());
        Assert.False(json.GetProperty("public").GetBoolean());
        Assert.Equal(0, json.GetProperty("items").GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Created, forUser.StatusCode);
        await EmulatorHarness.ReadApiErrorAsync(forOther, 403);
        SpecSchemas.AssertResponseConforms(list, "get-a-list-of-current-users-playlists");
        Assert.Equal(["Road trip", "Second"], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("""{"description":"no name"}""")]
    [InlineData("""{"name":"Both","public":true,"collaborative":true}""")]
    [InlineData("""{"name":42}""")]
    public async Task CreatePlaylist_InvalidBody_Is400(string body)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var before = h.Emulator.Catalog.Playlists.Count;

        using var response = await PostJsonAsync(h, "v1/me/playlists", h.UserToken(ModifyPublic, ModifyPrivate), body);

        await EmulatorHarness.ReadApiErrorAsync(response, 400);
        Assert.Equal(before, h.Emulator.Catalog.Playlists.Count);
    }

    [Fact]
    public async Task ChangeDetails_Owner_ChangesNameVisibilityAndSnapshot()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(ModifyPublic, ModifyPrivate);
        var playlist = await CreateAsync(h, token, """{"name":"Before"}""");
        var snapshot = playlist.SnapshotId;

        using var response = await SendJsonAsync(h, HttpMethod.Put, "v1/playlists/" + playlist.Id, token, """{"name":"After","public":false,"description":"Now private"}""");
        var json = await h.GetJsonAsync("v1/playlists/" + playlist.Id, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("After", json.GetProperty("name").GetString());
        Assert.False(json.GetProperty("public").GetBoolean());
        Assert.Equal("Now private", json.GetProperty("description").GetString());
        Assert.NotEqual(snapshot, playlist.SnapshotId);
    }

    [Fact]
    public async Task GetCurrentUsersPlaylists_ScopesDecideWhichPrivateOnesAreListed()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var demo = h.DemoUser.Id;

        var withoutScope = await h.GetJsonAsync("v1/me/playlists?limit=50", h.UserToken());
        var withScope = await h.GetJsonAsync("v1/me/playlists?limit=50", h.UserToken("playlist-read-private"));
        using var clientToken = await h.GetAsync("v1/me/playlists", h.ClientToken());
        using var badOffset = await h.GetAsync("v1/me/playlists?offset=100001", h.UserToken());

        SpecSchemas.AssertResponseConforms(withScope, "get-a-list-of-current-users-playlists");
        Assert.DoesNotContain(withoutScope.GetProperty("items").EnumerateArray(), p => !p.GetProperty("public").GetBoolean());
        Assert.Contains(withScope.GetProperty("items").EnumerateArray(), p => !p.GetProperty("public").GetBoolean() && p.GetProperty("owner").GetProperty("id").GetString() == demo);
        Assert.True(withScope.GetProperty("total").GetInt32() > withoutScope.GetProperty("total").GetInt32());
        Assert.True(withScope.GetProperty("total").GetInt32() > 50, "owned and followed playlists must span several pages");
        await EmulatorHarness.ReadApiErrorAsync(clientToken, 401);
        await EmulatorHarness.ReadApiErrorAsync(badOffset, 400);
    }

    [Fact]
    public async Task GetUsersPlaylists_ListsPublicOnesAndUnknownUserIs404()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var expected = h.Emulator.Catalog.Playlists.Where(p => p.OwnerId == "alice.example" && p.IsPublic).Select(p => p.Id);

        var json = await h.GetJsonAsync("v1/users/alice.example/playlists?limit=50", h.ClientToken());
        using var unknown = await h.GetAsync("v1/users/nobody.here/playlists", h.ClientToken());

        SpecSchemas.AssertResponseConforms(json, "get-list-users-playlists");
        Assert.Equal(expected, json.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        await EmulatorHarness.ReadApiErrorAsync(unknown, 404);
    }

    [Fact]
    public async Task FeaturedAndCategoryPlaylists_WrappedPagesOfTheSpec()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var category = h.Emulator.Catalog.Categories[0];

        var featured = await h.GetJsonAsync("v1/browse/featured-playlists?limit=10&locale=sv_SE", h.ClientToken());
        var byCategory = await h.GetJsonAsync($"v1/browse/categories/{category.Id}/playlists?limit=4", h.ClientToken());
        using var unknown = await h.GetAsync("v1/browse/categories/no-such-category/playlists", h.ClientToken());

        SpecSchemas.AssertResponseConforms(featured, "get-featured-playlists");
        SpecSchemas.AssertResponseConforms(byCategory, "get-a-categories-playlists");
        Assert.Equal(10, featured.GetProperty("playlists").GetProperty("items").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, featured.GetProperty("playlists").GetProperty("next").ValueKind);
        Assert.Equal(category.Name, byCategory.GetProperty("message").GetString());
        Assert.Equal(category.PlaylistIds.Count, byCategory.GetProperty("playlists").GetProperty("total").GetInt32());
        Assert.Equal(category.PlaylistIds.Take(4), byCategory.GetProperty("playlists").GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        await EmulatorHarness.ReadApiErrorAsync(unknown, 404);
    }

    [Fact]
    public async Task UploadCover_ThenGetCover_ReturnsTheCustomImage()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(ModifyPublic, "ugc-image-upload");
        var playlist = await CreateAsync(h, token, """{"name":"Covered"}""");

        var mosaic = await h.GetJsonAsync($"v1/playlists/{playlist.Id}/images", h.ClientToken());
        using var upload = await UploadAsync(h, playlist.Id, token, Convert.ToBase64String(TinyJpeg));
        var custom = await h.GetJsonAsync($"v1/playlists/{playlist.Id}/images", h.ClientToken());

        SpecSchemas.AssertResponseConforms(mosaic, "get-playlist-cover");
        SpecSchemas.AssertResponseConforms(custom, "get-playlist-cover");
        Assert.Equal(3, mosaic.GetArrayLength());
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        Assert.Equal(JsonValueKind.Null, Assert.Single(custom.EnumerateArray()).GetProperty("height").ValueKind);
        Assert.True(playlist.HasCustomImage);
    }

    [Fact]
    public async Task UploadCover_NotJpegTooLargeOrWithoutUploadScope_Rejected()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(ModifyPublic, "ugc-image-upload");
        var playlist = await CreateAsync(h, token, """{"name":"Picky"}""");
        var large = new byte[200 * 1024];
        TinyJpeg.CopyTo(large, 0);

        using var png = await UploadAsync(h, playlist.Id, token, Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47]));
        using var notBase64 = await UploadAsync(h, playlist.Id, token, "***");
        using var tooLarge = await UploadAsync(h, playlist.Id, token, Convert.ToBase64String(large));
        using var noScope = await UploadAsync(h, playlist.Id, h.UserToken(ModifyPublic), Convert.ToBase64String(TinyJpeg));

        Assert.Equal("Image is not a JPEG", await EmulatorHarness.ReadApiErrorAsync(png, 400));
        await EmulatorHarness.ReadApiErrorAsync(notBase64, 400);
        await EmulatorHarness.ReadApiErrorAsync(tooLarge, 413);
        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(noScope, 403));
        Assert.False(playlist.HasCustomImage);
    }

    private static CatalogPlaylist Large(EmulatorHarness h) => h.Emulator.Catalog.Playlists.Where(p => p.OwnerId == h.DemoUser.Id).MaxBy(p => p.Items.Count)!;

    private static async Task<CatalogPlaylist> CreateAsync(EmulatorHarness h, string token, string body)
    {
        using var response = await PostJsonAsync(h, "v1/me/playlists", token, body);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return h.Emulator.Catalog.FindPlaylist(json.GetProperty("id").GetString()!)!;
    }

    private static async Task<string> WriteAsync(EmulatorHarness h, HttpMethod method, string playlistId, string token, string body, int status, string operationId, string segment = "items")
    {
        using var response = await SendJsonAsync(h, method, $"v1/playlists/{playlistId}/{segment}", token, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{method} {segment}: {(int)response.StatusCode} {text}");
        var json = JsonDocument.Parse(text).RootElement;
        SpecSchemas.AssertResponseConforms(json, operationId, status);
        return json.GetProperty("snapshot_id").GetString()!;
    }

    private static Task<HttpResponseMessage> PostJsonAsync(EmulatorHarness h, string path, string token, string body) => SendJsonAsync(h, HttpMethod.Post, path, token, body);

    private static Task<HttpResponseMessage> SendJsonAsync(EmulatorHarness h, HttpMethod method, string path, string token, string body) =>
        h.SendAsync(method, path, token, new StringContent(body, Encoding.UTF8, "application/json"));

    private static Task<HttpResponseMessage> UploadAsync(EmulatorHarness h, string playlistId, string token, string base64)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(base64));
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return h.SendAsync(HttpMethod.Put, $"v1/playlists/{playlistId}/images", token, content);
    }

    private static class PlaylistMessages
    {
        public const string NotOwner = "You cannot modify a playlist you do not own or collaborate on.";
    }
}
