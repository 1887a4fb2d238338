using System.Net;
using Spotantic.Testing;

namespace Spotantic.AspNetCore.Tests.Support;

/// <summary>A browser: one cookie jar, redirects followed by hand so each hop can be inspected.</summary>
internal sealed class Browser : IDisposable
{
    private readonly HttpClient _client;

    public Browser()
    {
        Cookies = new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true });
    }

    public CookieContainer Cookies { get; }

    /// <summary>Every response seen, with the URL it answered, in order.</summary>
    public List<(Uri Url, HttpResponseMessage Response)> History { get; } = [];

    /// <summary>Sends one request without following a redirect.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        var response = await _client.SendAsync(request);
        History.Add((url, response));
        return response;
    }

    /// <summary>Requests <paramref name="url"/> and follows redirects until a non-redirect answer.</summary>
    public async Task<HttpResponseMessage> NavigateAsync(Uri url, HttpMethod? method = null, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        var response = await SendAsync(method ?? HttpMethod.Get, url, form);
        for (var hops = 0; IsRedirect(response.StatusCode); hops++)
        {
            Assert.True(hops < 20, "Too many redirects.");
            url = new Uri(url, response.Headers.Location!);
            response = await SendAsync(HttpMethod.Get, url);
        }

        return response;
    }

    /// <summary>Signs this browser in to the emulator's accounts site (sign-in page mode) as <paramref name="userId"/>.</summary>
    public async Task SignInToSpotifyAsync(SpotifyEmulator emulator, string userId)
    {
        var response = await SendAsync(HttpMethod.Post, new Uri(emulator.AccountsBaseAddress, "login"), [new("user_id", userId)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    public void Dispose()
    {
        foreach (var (_, response) in History)
        {
            response.Dispose();
        }

        _client.Dispose();
    }
}
