using System.Text.Json;
using Spotantic.Configuration;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

public sealed class TokenFileEndToEndTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("spotantic-e2e-");

    [Fact]
    public async Task AuthorizeAsync_StoreAccessToken_WritesOwnerOnlyFileThatTheNextRunReuses()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        var path = Path.Combine(_directory.FullName, "cache", ".token_info_cache");
        void Configure(SpotanticOptions options)
        {
            options.Auth.StoreAccessToken = true;
            options.Auth.AccessTokenFilePath = path;
        }

        string accessToken;
        await using (var firstRun = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce, Configure))
        {
            accessToken = (await firstRun.Authorization.AuthorizeAsync()).AccessToken;
        }

        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        using (var file = JsonDocument.Parse(await File.ReadAllBytesAsync(path)))
        {
            var root = file.RootElement;
            Assert.Equal(accessToken, root.GetProperty("access_token").GetString());
            Assert.Equal(SpotanticTestHost.DefaultScope, root.GetProperty("scope").GetString());
            Assert.Equal("Bearer", root.GetProperty("token_type").GetString());
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$", root.GetProperty("expires_at").GetString());
            Assert.Equal(3600, root.GetProperty("expires_in").GetInt32());
            Assert.False(string.IsNullOrEmpty(root.GetProperty("refresh_token").GetString()));
        }

        // No temporary file is left beside the token.
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));

        await using var secondRun = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce, Configure);
        var result = await secondRun.Albums.GetUserSavedAlbumsAsync(limit: 4);

        Assert.Equal(server.SavedAlbumIds.Take(4), result.Data.Items.Select(item => item.Album.Id));
        Assert.Single(server.TokenRequests);
        Assert.Single(server.RequestsTo("/authorize"));
        Assert.Empty(secondRun.Browser.OpenedUris);
        Assert.Equal(accessToken, Assert.Single(server.ApiRequests).BearerToken);
    }

    [Fact]
    public async Task GetUserSavedAlbumsAsync_TokenFileWrittenByPythonLibrary_LoadsUsesAndRewritesIt()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        const long expiresAt = 1893456000;
        var issued = server.IssueUserToken("user-library-read", DateTimeOffset.FromUnixTimeSeconds(expiresAt));
        var path = Path.Combine(_directory.FullName, ".token_info_cache");
        // The Python library's exact shape: expires_at a naive local time with microseconds.
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(expiresAt), TimeZoneInfo.Local);
        await File.WriteAllTextAsync(path, $$"""{"access_token": "{{issued.AccessToken}}", "token_type": "Bearer", "scope": "user-library-read", "expires_in": 3600, "refresh_token": "{{issued.RefreshToken}}", "expires_at": "{{local:yyyy-MM-dd'T'HH:mm:ss}}.000000"}""");
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce, options =>
        {
            options.Auth.StoreAccessToken = true;
            options.Auth.AccessTokenFilePath = path;
        });

        var token = await host.Tokens.GetTokenAsync();
        var result = await host.Albums.GetUserSavedAlbumsAsync(limit: 2);

        Assert.Equal(issued.AccessToken, token.AccessToken);
        Assert.Equal(issued.RefreshToken, token.RefreshToken);
        Assert.Equal("user-library-read", token.Scope);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(expiresAt), token.ExpiresAtTime);
        Assert.Equal(2, result.Data.Items.Count);
        Assert.Empty(server.TokenRequests);
        Assert.Equal(issued.AccessToken, Assert.Single(server.ApiRequests).BearerToken);

        // A refresh rewrites the file in the same format, keeping the refresh token Spotify did not replace.
        server.RevokeAccessToken(issued.AccessToken);
        await host.Albums.GetUserSavedAlbumsAsync(limit: 2);

        using var file = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        Assert.Equal(server.IssuedAccessTokens[^1], file.RootElement.GetProperty("access_token").GetString());
        Assert.Equal(issued.RefreshToken, file.RootElement.GetProperty("refresh_token").GetString());
        Assert.Equal("user-library-read", file.RootElement.GetProperty("scope").GetString());
        var rewrittenExpiry = DateTime.ParseExact(file.RootElement.GetProperty("expires_at").GetString()!, "yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(rewrittenExpiry > DateTime.Now, $"{rewrittenExpiry:O} is not in the future");
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
