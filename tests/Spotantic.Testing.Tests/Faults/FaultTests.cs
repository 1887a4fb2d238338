using System.Net;
using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Faults;

public sealed class FaultTests
{
    private static string AlbumPath(EmulatorHarness h) => "v1/albums/" + h.Emulator.Catalog.Albums[0].Id;

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_Sends429WithHeaderThenRecovers()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        var fault = h.Emulator.Faults.OnApi().Next(1).RespondTooManyRequests(TimeSpan.FromSeconds(1.2));

        using var limited = await h.GetAsync(AlbumPath(h), token);
        using var recovered = await h.GetAsync(AlbumPath(h), token);

        Assert.Equal("API rate limit exceeded", await EmulatorHarness.ReadApiErrorAsync(limited, 429));
        Assert.Equal(TimeSpan.FromSeconds(2), limited.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(1, fault.TimesApplied);
        Assert.True(fault.IsExhausted);
    }

    [Fact]
    public async Task TooManyRequests_WithoutRetryAfter_SendsNoHeader()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).RespondTooManyRequests();

        using var response = await h.GetAsync(AlbumPath(h), h.ClientToken());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task QuotaExceeded_Sends429WithReason()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).RespondQuotaExceeded(TimeSpan.FromSeconds(60));

        using var response = await h.GetAsync(AlbumPath(h), h.ClientToken());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("QUOTA_EXCEEDED", body.RootElement.GetProperty("error").GetProperty("reason").GetString());
        Assert.Equal("Too many requests", body.RootElement.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter!.Delta);
    }

    [Theory]
    [InlineData(500, "Server error.")]
    [InlineData(502, "Bad gateway.")]
    [InlineData(503, "Service unavailable")]
    public async Task ServerError_SendsStatusWithSpotifyErrorBody(int status, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).RespondServerError(status);

        using var response = await h.GetAsync(AlbumPath(h), h.ClientToken());

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, status));
    }

    [Fact]
    public async Task Delay_LongerThanTheClientTimeout_MakesTheClientTimeOutThenRecovers()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var fault = h.Emulator.Faults.OnApi().Next(1).Delay(TimeSpan.FromSeconds(30));
        using var impatient = new HttpClient { BaseAddress = h.Emulator.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };
        impatient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", h.ClientToken());

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync(AlbumPath(h)));

        // The recovery is checked with the harness's client: a 300 ms budget is too tight for a busy test machine.
        using var after = await h.GetAsync(AlbumPath(h), h.ClientToken());

        Assert.Equal(1, fault.TimesApplied);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Delay_Short_AnswersNormallyAfterwards()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var fault = h.Emulator.Faults.OnApi().Next(1).Delay(TimeSpan.FromMilliseconds(50));

        var album = await h.GetJsonAsync(AlbumPath(h), h.ClientToken());

        Assert.Equal(h.Emulator.Catalog.Albums[0].Id, album.GetProperty("id").GetString());
        Assert.Equal(1, fault.TimesApplied);
    }

    [Fact]
    public async Task DropConnection_ClientSeesATransportErrorAndTheLogMarksItAborted()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).DropConnection();

        await Assert.ThrowsAsync<HttpRequestException>(() => h.GetAsync(AlbumPath(h), h.ClientToken()));

        var entry = Assert.Single(h.Emulator.RequestLog.Find("GET", "/v1/albums/*"));
        Assert.True(entry.Aborted);
    }

    [Fact]
    public async Task TruncateJson_SendsHalfOfTheBodyWithAMatchingLength()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        using var full = await h.GetAsync(AlbumPath(h), token);
        var fullLength = (await full.Content.ReadAsByteArrayAsync()).Length;
        h.Emulator.Faults.OnApi().Next(1).TruncateJson();

        using var truncated = await h.GetAsync(AlbumPath(h), token);
        var body = await truncated.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, truncated.StatusCode);
        Assert.Equal(fullLength / 2, body.Length);
        Assert.Equal(body.Length, truncated.Content.Headers.ContentLength);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task MalformJson_KeepsStatusButBodyIsNotJson()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).MalformJson();

        using var response = await h.GetAsync(AlbumPath(h), h.ClientToken());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task PlainText_SendsATextBody()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().Next(1).RespondPlainText(403, "User not registered in the Developer Dashboard");

        using var response = await h.GetAsync(AlbumPath(h), h.ClientToken());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("User not registered in the Developer Dashboard", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RouteFault_AppliesOnlyToItsMethodAndPath()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-library-read");
        h.Emulator.Faults.On("GET", "/v1/me/albums").RespondServerError(503);

        using var targeted = await h.GetAsync("v1/me/albums", token);
        using var other = await h.GetAsync("v1/me/tracks", token);
        using var otherMethod = await h.SendAsync(HttpMethod.Put, "v1/me/albums?ids=" + h.Emulator.Catalog.Albums[1].Id, h.UserToken("user-library-modify"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, targeted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherMethod.StatusCode);
    }

    [Fact]
    public async Task AccountsFault_OnTokenEndpoint_IsApplied_ApiFaultIsNot()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.OnApi().RespondServerError(500);
        h.Emulator.Faults.On("POST", "/api/token").Next(1).RespondServerError(502);
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        var basic = (EmulatorHarness.ClientId, EmulatorHarness.ClientSecret);

        var (first, _) = await OAuthClient.TokenAsync(h.Http, form, basic);
        var (second, _) = await OAuthClient.TokenAsync(h.Http, form, basic);

        Assert.Equal(HttpStatusCode.BadGateway, first);
        Assert.Equal(HttpStatusCode.OK, second);
    }

    [Fact]
    public async Task Probability_WithTheSameSeed_FaultsTheSameRequests()
    {
        async Task<List<int>> RunAsync()
        {
            await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { FaultSeed = 42 });
            var token = h.ClientToken();
            h.Emulator.Faults.OnApi().WithProbability(0.5).RespondServerError(503);
            var statuses = new List<int>();
            for (var i = 0; i < 30; i++)
            {
                using var response = await h.GetAsync(AlbumPath(h), token);
                statuses.Add((int)response.StatusCode);
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(503, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task Remove_StopsTheFault()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.ClientToken();
        var fault = h.Emulator.Faults.OnAnyRequest().RespondServerError(500);

        using var faulted = await h.GetAsync(AlbumPath(h), token);
        fault.Remove();
        using var normal = await h.GetAsync(AlbumPath(h), token);

        Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Empty(h.Emulator.Faults.Active);
    }
}
