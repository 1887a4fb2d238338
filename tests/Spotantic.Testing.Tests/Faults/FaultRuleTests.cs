using System.Net;
using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Faults;

/// <summary>How fault rules select requests (route patterns, next N, a share, order) and the faults not covered by <see cref="FaultTests"/>.</summary>
public sealed class FaultRuleTests
{
    private static string AlbumPath(EmulatorHarness h, int index = 0) => "v1/albums/" + h.Emulator.Catalog.Albums[index].Id;

    [Fact]
    public async Task Next_Three_FaultsExactlyTheNextThreeMatchingRequests()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        var fault = h.Emulator.Faults.On("GET", "/v1/albums/{id}").Next(3).RespondServerError(503);

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var other = await h.GetAsync(AlbumPath(h) + "/tracks", token);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            using var response = await h.GetAsync(AlbumPath(h, i), token);
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([503, 503, 503, 200, 200], statuses);
        Assert.Equal(3, fault.TimesApplied);
        Assert.True(fault.IsExhausted);
        Assert.Empty(h.Emulator.Faults.Active);
    }

    [Fact]
    public async Task WithProbability_AQuarter_FaultsAboutAQuarterOfTheRequests()
    {
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { FaultSeed = 7 });
        var token = h.ClientToken();
        var fault = h.Emulator.Faults.OnApi().WithProbability(0.25).RespondServerError(500);

        var faulted = 0;
        for (var i = 0; i < 200; i++)
        {
            using var response = await h.GetAsync(AlbumPath(h), token);
            faulted += response.StatusCode == HttpStatusCode.InternalServerError ? 1 : 0;
        }

        Assert.InRange(faulted, 30, 70);
        Assert.Equal(faulted, fault.TimesApplied);
    }

    [Fact]
    public async Task NextWithProbability_StopsAfterNFaultedRequests()
    {
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { FaultSeed = 3 });
        var token = h.ClientToken();
        var fault = h.Emulator.Faults.OnApi().Next(4).WithProbability(0.5).RespondTooManyRequests();

        var statuses = new List<int>();
        for (var i = 0; i < 60; i++)
        {
            using var response = await h.GetAsync(AlbumPath(h), token);
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal(4, statuses.Count(s => s == 429));
        Assert.Equal(4, fault.TimesApplied);
        Assert.Contains(200, statuses.Take(statuses.LastIndexOf(429)));
    }

    [Fact]
    public async Task Reseed_RepeatsTheSameDraws()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        h.Emulator.Faults.OnApi().WithProbability(0.5).RespondServerError(502);

        async Task<List<int>> RunAsync()
        {
            h.Emulator.Faults.Reseed(99);
            var statuses = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                using var response = await h.GetAsync(AlbumPath(h), token);
                statuses.Add((int)response.StatusCode);
            }

            return statuses;
        }

        Assert.Equal(await RunAsync(), await RunAsync());
    }

    [Fact]
    public async Task Rules_FirstAddedThatMatchesWins()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        var first = h.Emulator.Faults.On("GET", "/v1/albums/*").Next(1).RespondError(403, "Forbidden");
        var second = h.Emulator.Faults.OnApi().Next(1).RespondServerError(500);

        using var a = await h.GetAsync(AlbumPath(h), token);
        using var b = await h.GetAsync(AlbumPath(h), token);
        using var c = await h.GetAsync(AlbumPath(h), token);

        Assert.Equal("Forbidden", await EmulatorHarness.ReadApiErrorAsync(a, 403));
        Assert.Equal(HttpStatusCode.InternalServerError, b.StatusCode);
        Assert.Equal(HttpStatusCode.OK, c.StatusCode);
        Assert.Equal(1, first.TimesApplied);
        Assert.Equal(1, second.TimesApplied);
    }

    [Fact]
    public async Task Fault_AppliesBeforeTheTokenCheck()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).RespondQuotaExceeded();

        using var response = await h.GetAsync("v1/me", token: null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal("QUOTA_EXCEEDED", body.RootElement.GetProperty("error").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task TooManyRequests_RetryAfterIsWholeSecondsRoundedUp()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).RespondTooManyRequests(TimeSpan.FromMilliseconds(3001));

        using var response = await h.GetAsync(AlbumPath(h), h.ClientToken());

        Assert.Equal(new[] { "4" }, response.Headers.GetValues("Retry-After"));
    }

    [Fact]
    public async Task PlainText_OnA500_HasNoJsonBody()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).RespondPlainText(500, "upstream connect error or disconnect/reset before headers");

        using var response = await h.GetAsync(AlbumPath(h), h.ClientToken());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("upstream connect error or disconnect/reset before headers", body);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task TruncateJson_OnTheTokenEndpoint_CutsTheTokenResponse()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.On("POST", "/api/token").Next(1).TruncateJson();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = EmulatorHarness.ClientId,
            ["client_secret"] = EmulatorHarness.ClientSecret,
        });

        using var response = await h.Http.PostAsync("api/token", form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"access_token\":", body, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task MalformJson_OnAnErrorResponse_KeepsTheErrorStatus()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).MalformJson();

        using var response = await h.GetAsync("v1/albums/0000000000000000000000", h.ClientToken());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(response.Content.ReadAsStringAsync().Result));
    }

    [Fact]
    public async Task DropConnection_OnTheTokenEndpoint_ThenTheNextRequestSucceeds()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.On("POST", "/api/token").Next(1).DropConnection();
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        var basic = (EmulatorHarness.ClientId, EmulatorHarness.ClientSecret);

        await Assert.ThrowsAsync<HttpRequestException>(() => OAuthClient.TokenAsync(h.Http, form, basic));
        var (status, _) = await OAuthClient.TokenAsync(h.Http, form, basic);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([true, false], h.Emulator.RequestLog.Find("POST", "/api/token").Select(e => e.Aborted));
        Assert.Equal(0, h.Emulator.RequestLog.Find("POST", "/api/token")[0].StatusCode);
    }

    [Fact]
    public async Task Clear_RemovesEveryRule()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().RespondServerError();
        h.Emulator.Faults.OnAnyRequest().Next(5).Delay(TimeSpan.FromSeconds(10));

        h.Emulator.Faults.Clear();
        using var response = await h.GetAsync(AlbumPath(h), h.ClientToken());

        Assert.Empty(h.Emulator.Faults.Active);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public async Task WithProbability_OutOfRange_Throws(double share)
    {
        await using var h = await EmulatorHarness.StartAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => h.Emulator.Faults.OnApi().WithProbability(share));
        Assert.Throws<ArgumentOutOfRangeException>(() => h.Emulator.Faults.OnApi().Next(0));
        Assert.Throws<ArgumentException>(() => h.Emulator.Faults.On("GET", "v1/no-leading-slash"));
    }
}
