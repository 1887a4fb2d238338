using System.Net;
using System.Net.Http.Headers;

namespace Spotantic.Testing.Tests;

/// <summary>The code of the README's "The Spotify emulator" section, run as written.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public async Task ReadmeEmulatorSection_StartRegisterTokensFaultsAndRequestLog_WorkAsDocumented()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        emulator.RegisterApp("my-client", "my-secret", "http://127.0.0.1:8000/callback");
        var grant = emulator.Accounts.IssueUserToken("my-client", emulator.DemoUser!.Id, "user-library-read");
        var appToken = emulator.Accounts.IssueClientCredentialsToken("my-client");
        var albumId = emulator.Catalog.Albums[0].Id;
        using var http = new HttpClient { BaseAddress = emulator.ApiBaseAddress };

        emulator.Faults.OnApi().Next(2).RespondTooManyRequests(TimeSpan.FromSeconds(1));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "albums/" + albumId);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", appToken.AccessToken);
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        using var library = new HttpRequestMessage(HttpMethod.Put, "me/library?uris=" + Uri.EscapeDataString("spotify:album:" + albumId));
        library.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.Accounts.IssueUserToken("my-client", emulator.DemoUser.Id, "user-library-modify").AccessToken);
        using (await http.SendAsync(library))
        {
        }

        var slow = emulator.Faults.OnAnyRequest().Delay(TimeSpan.FromSeconds(5));
        slow.Remove();

        Assert.Equal("http://127.0.0.1:" + emulator.Port + "/v1/", emulator.ApiBaseAddress.ToString());
        Assert.Equal("http://127.0.0.1:" + emulator.Port + "/", emulator.AccountsBaseAddress.ToString());
        Assert.Equal(["user-library-read"], grant.Scopes);
        Assert.NotNull(grant.RefreshToken);
        Assert.Null(appToken.RefreshToken);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
        Assert.Equal(3, emulator.RequestLog.Count("GET", "/v1/albums/*"));
        var put = Assert.Single(emulator.RequestLog.Find("PUT", "/v1/me/library"));
        Assert.Equal(200, put.StatusCode);
        Assert.Empty(emulator.Faults.Active);
        emulator.RequestLog.Clear();
        Assert.Equal(0, emulator.RequestLog.Count());
    }
}
