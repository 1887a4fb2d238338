using System.Net.Http.Headers;
using System.Text.Json;

namespace Spotantic.Testing.Tests.Support;

/// <summary>
/// A started emulator with one registered app (with extended quota unless asked otherwise, so that every operation and
/// field is served) and a raw HttpClient that does not follow redirects.
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public const string ClientId = "test-client";
    public const string ClientSecret = "test-secret";
    public const string RedirectUri = "http://127.0.0.1:8000/callback";

    private EmulatorHarness(SpotifyEmulator emulator, EmulatorQuotaMode quotaMode)
    {
        Emulator = emulator;
        App = emulator.RegisterApp(ClientId, ClientSecret, RedirectUri);
        App.QuotaMode = quotaMode;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = emulator.BaseAddress,
        };
    }

    public SpotifyEmulator Emulator { get; }

    public EmulatorApp App { get; }

    public HttpClient Http { get; }

    public EmulatorUser DemoUser => Emulator.DemoUser!;

    public static async Task<EmulatorHarness> StartAsync(SpotifyEmulatorOptions? options = null, EmulatorQuotaMode quotaMode = EmulatorQuotaMode.Extended) =>
        new(await SpotifyEmulator.StartAsync(options), quotaMode);

    public string UserToken(params string[] scopes) => Emulator.Accounts.IssueUserToken(ClientId, DemoUser.Id, scopes).AccessToken;

    public string ClientToken() => Emulator.Accounts.IssueClientCredentialsToken(ClientId).AccessToken;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string relativeOrAbsolute, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, relativeOrAbsolute) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string relativeOrAbsolute, string? token) => SendAsync(HttpMethod.Get, relativeOrAbsolute, token);

    /// <summary>GETs and parses JSON, asserting the status first.</summary>
    public async Task<JsonElement> GetJsonAsync(string relativeOrAbsolute, string? token, int expectedStatus = 200)
    {
        using var response = await GetAsync(relativeOrAbsolute, token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts Spotify's regular error body and returns its message.</summary>
    public static async Task<string> ReadApiErrorAsync(HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        var error = document.RootElement.GetProperty("error");
        Assert.Equal(expectedStatus, error.GetProperty("status").GetInt32());
        return error.GetProperty("message").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
