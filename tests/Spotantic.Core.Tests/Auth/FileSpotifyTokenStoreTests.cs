using System.Text.Json;
using Spotantic.Auth;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;

namespace Spotantic.Core.Tests.Auth;

public sealed class FileSpotifyTokenStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string TokenPath => _directory.Combine(".token_info_cache");

    [Fact]
    public async Task SetAsync_ThenGetAsync_ReturnsSameToken()
    {
        var store = new FileSpotifyTokenStore(TokenPath);
        var token = Token("access-a", "refresh-a");

        await store.SetAsync(SpotifyTokenKeys.Default, token);
        var read = await store.GetAsync(SpotifyTokenKeys.Default);

        Assert.Equal(token, read);
        Assert.True(File.Exists(TokenPath));
    }

    [Fact]
    public async Task SetAsync_SecondToken_Replaces()
    {
        var store = new FileSpotifyTokenStore(TokenPath);
        await store.SetAsync(SpotifyTokenKeys.Default, Token("access-a", "refresh-a"));

        await store.SetAsync(SpotifyTokenKeys.Default, Token("access-b", "refresh-b"));

        Assert.Equal("access-b", (await new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default))?.AccessToken);
    }

    [Fact]
    public async Task SetAsync_Token_WritesPythonCacheFormat()
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        await store.SetAsync(SpotifyTokenKeys.Default, Token("access-a", "refresh-a"));

        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(TokenPath));
        Assert.Equal("access-a", document.RootElement.GetProperty("access_token").GetString());
        Assert.Equal("refresh-a", document.RootElement.GetProperty("refresh_token").GetString());
        Assert.Equal("Bearer", document.RootElement.GetProperty("token_type").GetString());

        // A naive local time with microseconds, as Python's datetime.now() + timedelta(...).isoformat() writes.
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(1756728000), TimeZoneInfo.Local);
        Assert.Equal(local.ToString("yyyy-MM-dd'T'HH:mm:ss'.000000'", System.Globalization.CultureInfo.InvariantCulture), document.RootElement.GetProperty("expires_at").GetString());
    }

    [Fact]
    public async Task GetAsync_FileWrittenByPythonLibrary_Loads()
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(1756728000), TimeZoneInfo.Local);
        await File.WriteAllTextAsync(TokenPath, $$"""{"access_token": "py-access", "token_type": "Bearer", "scope": "user-library-read", "expires_in": 3600, "refresh_token": "py-refresh", "expires_at": "{{local:yyyy-MM-dd'T'HH:mm:ss}}.236678"}""");

        var token = await new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default);

        Assert.NotNull(token);
        Assert.Equal("py-access", token.AccessToken);
        Assert.Equal("py-refresh", token.RefreshToken);
        Assert.Equal(1756728000, token.ExpiresAt);
    }

    [Fact]
    public async Task SetAsync_OnUnix_FileIsOwnerReadWriteOnly()
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        await store.SetAsync(SpotifyTokenKeys.Default, Token("access-a", "refresh-a"));

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(TokenPath));
        }
    }

    [Fact]
    public async Task SetAsync_ExistingWorldReadableFile_ReplacedWithOwnerOnlyFile()
    {
        await File.WriteAllTextAsync(TokenPath, "{}");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(TokenPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        await new FileSpotifyTokenStore(TokenPath).SetAsync(SpotifyTokenKeys.Default, Token("access-a", "refresh-a"));

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(TokenPath));
        }

        Assert.Equal("access-a", (await new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default))?.AccessToken);
    }

    [Fact]
    public async Task SetAsync_SeveralWrites_LeavesNoTemporaryFiles()
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        for (var i = 0; i < 5; i++)
        {
            await store.SetAsync(SpotifyTokenKeys.Default, Token($"access-{i}", "refresh"));
            await store.SetAsync("user-1", Token($"user-access-{i}", "refresh"));
        }

        Assert.Equal([".token_info_cache"], _directory.FileNames());
        Assert.Equal([Path.GetFileName(store.GetFilePath("user-1"))], Directory.GetFiles(store.KeysDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task SetAsync_MissingDirectory_CreatesIt()
    {
        var path = _directory.Combine(Path.Combine("nested", "deeper", "token.json"));

        await new FileSpotifyTokenStore(path).SetAsync(SpotifyTokenKeys.Default, Token("access-a", null));

        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"access_token\": \"abc\"")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"access_token\": \"abc\", \"expires_at\": \"whenever\"}")]
    public async Task GetAsync_CorruptFile_ThrowsTokenStoreExceptionNamingPath(string content)
    {
        await File.WriteAllTextAsync(TokenPath, content);

        var exception = await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default).AsTask());

        Assert.Contains(TokenPath, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("{\"access_token\": \"\"}")]
    public async Task GetAsync_FileWithoutAccessToken_ThrowsTokenStoreExceptionNamingPath(string content)
    {
        await File.WriteAllTextAsync(TokenPath, content);

        var exception = await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default).AsTask());

        Assert.Contains(TokenPath, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_CorruptFileWithSecret_MessageDoesNotRepeatContent()
    {
        await File.WriteAllTextAsync(TokenPath, "{\"access_token\": \"very-secret-token\", broken");

        var exception = await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default).AsTask());

        Assert.DoesNotContain("very-secret-token", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_MissingFile_Null()
    {
        Assert.Null(await new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task GetAsync_MissingDirectory_Null()
    {
        Assert.Null(await new FileSpotifyTokenStore(_directory.Combine(Path.Combine("absent", "token"))).GetAsync(SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task RemoveAsync_StoredToken_DeletesFile()
    {
        var store = new FileSpotifyTokenStore(TokenPath);
        await store.SetAsync(SpotifyTokenKeys.Default, Token("access-a", null));

        await store.RemoveAsync(SpotifyTokenKeys.Default);

        Assert.False(File.Exists(TokenPath));
        Assert.Null(await store.GetAsync(SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task RemoveAsync_NothingStored_DoesNotThrow()
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        await store.RemoveAsync("user-7");

        Assert.Empty(_directory.FileNames());
    }

    [Theory]
    [InlineData("user-1")]
    [InlineData("User_2")]
    [InlineData("x")]
    public void GetFilePath_OtherKey_HashedFileInKeysDirectory(string key)
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        var path = store.GetFilePath(key);

        Assert.Equal(TokenPath + ".keys", Path.GetDirectoryName(path));
        Assert.Matches("^[0-9a-f]{64}\\.json$", Path.GetFileName(path));
        Assert.DoesNotContain(key, Path.GetFileName(path), StringComparison.Ordinal);
        Assert.Equal(TokenPath, store.GetFilePath(SpotifyTokenKeys.Default));
    }

    [Fact]
    public void GetFilePath_TwoKeys_TwoFiles()
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        Assert.NotEqual(store.GetFilePath("user-1"), store.GetFilePath("user-2"));
        Assert.Equal(store.GetFilePath("user-1"), new FileSpotifyTokenStore(TokenPath).GetFilePath("user-1"));
    }

    [Fact]
    public async Task SetAsync_OtherKey_WritesSeparateFile()
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        await store.SetAsync(SpotifyTokenKeys.Default, Token("default-access", null));
        await store.SetAsync("user-1", Token("user-access", null));

        Assert.Equal("default-access", (await store.GetAsync(SpotifyTokenKeys.Default))?.AccessToken);
        Assert.Equal("user-access", (await store.GetAsync("user-1"))?.AccessToken);
        Assert.True(File.Exists(store.GetFilePath("user-1")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(store.KeysDirectory));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.GetFilePath("user-1")));
        }
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData("a.b")]
    [InlineData("a b")]
    [InlineData("caf\u00e9")]
    [InlineData("key\n")]
    [InlineData("alice@example.com")]
    public void GetFilePath_KeyWithAnyCharacters_StaysInKeysDirectoryWithoutTheKey(string key)
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        var path = store.GetFilePath(key);

        Assert.Equal(store.KeysDirectory, Path.GetDirectoryName(path));
        Assert.DoesNotContain(key, Path.GetFileName(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void GetFilePath_EmptyKey_ThrowsArgumentException(string? key)
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        var exception = Assert.ThrowsAny<ArgumentException>(() => store.GetFilePath(key!));

        Assert.Equal("key", exception.ParamName);
    }

    [Fact]
    public void GetFilePath_KeyLongerThan512_ThrowsArgumentException()
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        Assert.Throws<ArgumentException>(() => store.GetFilePath(new string('k', 513)));
        Assert.Equal(store.KeysDirectory, Path.GetDirectoryName(store.GetFilePath(new string('k', 512))));
    }

    [Fact]
    public async Task SetAsync_KeyThatLooksLikeAPath_WritesOnlyInsideKeysDirectory()
    {
        var store = new FileSpotifyTokenStore(TokenPath);

        await store.SetAsync("../../evil", Token("a", null));

        Assert.Equal([".token_info_cache.keys"], Directory.GetDirectories(_directory.Path).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_directory.Path)!, "evil*"));
        Assert.Equal("a", (await store.GetAsync("../../evil"))?.AccessToken);
    }

    [Fact]
    public async Task SetAsync_ConcurrentWritersAndReaders_NeverTornFile()
    {
        var store = new FileSpotifyTokenStore(TokenPath);
        await store.SetAsync(SpotifyTokenKeys.Default, Token("initial", "refresh"));
        var written = new HashSet<string>(StringComparer.Ordinal) { "initial" };
        for (var writer = 0; writer < 6; writer++)
        {
            for (var i = 0; i < 20; i++)
            {
                written.Add($"writer-{writer}-token-{i}-{new string('x', 200 * writer)}");
            }
        }

        using var stop = new CancellationTokenSource();
        var reads = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var reader = new FileSpotifyTokenStore(TokenPath);
            while (!stop.IsCancellationRequested)
            {
                // A torn or half-written file would throw SpotifyTokenStoreException here.
                var token = await reader.GetAsync(SpotifyTokenKeys.Default);
                Assert.NotNull(token);
                Assert.Contains(token.AccessToken, written);
                Interlocked.Increment(ref reads);
            }
        })).ToArray();
        var writers = Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            var own = new FileSpotifyTokenStore(TokenPath);
            for (var i = 0; i < 20; i++)
            {
                await own.SetAsync(SpotifyTokenKeys.Default, Token($"writer-{writer}-token-{i}-{new string('x', 200 * writer)}", "refresh"));
            }
        })).ToArray();

        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(reads > 0);
        var final = await store.GetAsync(SpotifyTokenKeys.Default);
        Assert.NotNull(final);
        Assert.Contains(final.AccessToken, written);
        Assert.Equal([".token_info_cache"], _directory.FileNames());
    }

    private static SpotifyToken Token(string access, string? refresh) => new()
    {
        AccessToken = access,
        TokenType = "Bearer",
        Scope = "user-library-read",
        ExpiresIn = 3600,
        RefreshToken = refresh,
        ExpiresAt = 1756728000,
    };
}
