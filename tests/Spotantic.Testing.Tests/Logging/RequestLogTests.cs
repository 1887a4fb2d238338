using System.Net;
using System.Text;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Logging;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Request_IsRecordedWithMethodPathQueryAuthorizationBodyTimeAndStatus()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-library-modify");
        var id = h.Emulator.Catalog.Albums[3].Id;
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var content = new StringContent($"{{\"ids\":[\"{id}\"]}}", Encoding.UTF8, "application/json");

        using var response = await h.SendAsync(HttpMethod.Put, "v1/me/albums?market=SE", token, content);

        var entry = Assert.Single(h.Emulator.RequestLog.Entries);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PUT", entry.Method);
        Assert.Equal("/v1/me/albums", entry.Path);
        Assert.Equal("?market=SE", entry.QueryString);
        Assert.Equal("SE", entry.Query["market"]);
        Assert.Equal("Bearer " + token, entry.Authorization);
        Assert.Equal($"{{\"ids\":[\"{id}\"]}}", entry.Body);
        Assert.Equal(200, entry.StatusCode);
        Assert.InRange(entry.Time, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.DoesNotContain(token, entry.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Count_ByMethodAndPattern_CountsOnlyMatchingRequests()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        foreach (var album in h.Emulator.Catalog.Albums.Take(3))
        {
            using var response = await h.GetAsync("v1/albums/" + album.Id, token);
        }

        using var tracks = await h.GetAsync("v1/albums/" + h.Emulator.Catalog.Albums[0].Id + "/tracks", token);
        await OAuthClient.TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, (EmulatorHarness.ClientId, EmulatorHarness.ClientSecret));

        Assert.Equal(3, h.Emulator.RequestLog.Count("GET", "/v1/albums/{id}"));
        Assert.Equal(1, h.Emulator.RequestLog.Count("GET", "/v1/albums/*/tracks"));
        Assert.Equal(4, h.Emulator.RequestLog.Count("*", "/v1/**"));
        Assert.Equal(1, h.Emulator.RequestLog.Count("POST", "/api/token"));
        Assert.Equal(0, h.Emulator.RequestLog.Count("POST", "/v1/**"));
        Assert.Equal(5, h.Emulator.RequestLog.Count());
    }

    [Fact]
    public async Task FaultedRequests_AreRecordedWithTheirStatus()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(2).RespondServerError(503);
        var token = h.ClientToken();

        for (var i = 0; i < 3; i++)
        {
            using var response = await h.GetAsync("v1/albums/" + h.Emulator.Catalog.Albums[0].Id, token);
        }

        Assert.Equal([503, 503, 200], h.Emulator.RequestLog.Entries.Select(e => e.StatusCode));
    }

    [Fact]
    public async Task Clear_RemovesEveryEntry()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using (await h.GetAsync("v1/me", null))
        {
        }

        h.Emulator.RequestLog.Clear();

        Assert.Equal(0, h.Emulator.RequestLog.Count());
        Assert.Null(h.Emulator.RequestLog.Last);
    }

    [Fact]
    public async Task Capacity_KeepsOnlyTheNewestEntries()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.RequestLog.Capacity = 3;
        var token = h.ClientToken();
        var albums = h.Emulator.Catalog.Albums.Take(5).Select(a => a.Id).ToArray();

        foreach (var id in albums)
        {
            using var response = await h.GetAsync("v1/albums/" + id, token);
        }

        Assert.Equal(albums[2..].Select(id => "/v1/albums/" + id), h.Emulator.RequestLog.Entries.Select(e => e.Path));
        Assert.Equal("/v1/albums/" + albums[^1], h.Emulator.RequestLog.Last!.Path);
    }

    [Fact]
    public async Task Disabled_RecordsNothingUntilEnabledAgain()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        h.Emulator.RequestLog.Enabled = false;

        using (await h.GetAsync("v1/albums/" + h.Emulator.Catalog.Albums[0].Id, token))
        {
        }

        h.Emulator.RequestLog.Enabled = true;
        using (await h.GetAsync("v1/albums/" + h.Emulator.Catalog.Albums[1].Id, token))
        {
        }

        var entry = Assert.Single(h.Emulator.RequestLog.Entries);
        Assert.Equal("/v1/albums/" + h.Emulator.Catalog.Albums[1].Id, entry.Path);
    }

    [Fact]
    public async Task Find_ErrorResponsesAndUnroutedPaths_AreRecordedWithTheirStatus()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using (await h.GetAsync("v1/me", null))
        {
        }

        using (await h.GetAsync("v1/no/such/route", h.ClientToken()))
        {
        }

        Assert.Equal(401, Assert.Single(h.Emulator.RequestLog.Find("GET", "/v1/me")).StatusCode);
        Assert.Equal(404, Assert.Single(h.Emulator.RequestLog.Find("*", "/v1/no/**")).StatusCode);
        Assert.Null(h.Emulator.RequestLog.Find("GET", "/v1/me")[0].Authorization);
    }

    [Fact]
    public async Task Entries_ConcurrentRequests_AreAllRecorded()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => h.GetAsync("v1/albums/" + h.Emulator.Catalog.Albums[i % 10].Id, token)));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Equal(40, h.Emulator.RequestLog.Count("GET", "/v1/albums/*"));
        Assert.All(h.Emulator.RequestLog.Entries, e => Assert.Equal(200, e.StatusCode));
    }

    [Fact]
    public async Task TokenRequest_BodyIsRecordedButToStringHidesIt()
    {
        await using var h = await EmulatorHarness.StartAsync();

        await OAuthClient.TokenAsync(h.Http, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = EmulatorHarness.ClientId,
            ["client_secret"] = EmulatorHarness.ClientSecret,
        });

        var entry = Assert.Single(h.Emulator.RequestLog.Find("POST", "/api/token"));
        Assert.Contains("grant_type=client_credentials", entry.Body, StringComparison.Ordinal);
        Assert.Equal("application/x-www-form-urlencoded", entry.ContentType);
        Assert.Equal("POST /api/token -> 200", entry.ToString());
    }
}
