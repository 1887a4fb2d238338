using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spotantic.Core.Tests.TestSupport;

namespace Spotantic.Core.Tests.Auth;

/// <summary>
/// The token cache file between Spotantic and the Python library, on machines east and west of UTC: each side runs
/// as a process with <c>TZ</c> set. The Python side is its exact file shape: <c>expires_at</c> a naive local time with
/// microseconds (<c>datetime.now() + timedelta(seconds=3600)</c>), <c>token_type</c> exactly <c>Bearer</c>.
/// </summary>
public sealed class TokenCacheFileTimeZoneTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string TokenPath => Path.Combine(_directory.Path, ".token_info_cache");

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string> Zones => new() { "Asia/Tokyo", "America/Los_Angeles", "Europe/Warsaw" };

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task PythonWrittenFile_ReadBySpotanticInThatZone_ExpiresAtTheSameInstant(string zone)
    {
        // What the Python library writes in that zone for a token expiring at 2026-12-02 16:17:13.236678 UTC.
        var expiresAt = new DateTimeOffset(2026, 12, 2, 16, 17, 13, TimeSpan.Zero).AddTicks(2_366_780);
        var local = TimeZoneInfo.ConvertTime(expiresAt, TimeZoneInfo.FindSystemTimeZoneById(zone));
        await File.WriteAllTextAsync(TokenPath, $$"""{"access_token": "BQD-python", "token_type": "Bearer", "scope": "user-library-read user-library-modify", "expires_in": 3600, "refresh_token": "AQA-python", "expires_at": "{{local:yyyy-MM-dd'T'HH:mm:ss.ffffff}}"}""");

        var output = await RunWriterAsync(zone, "read", TokenPath);

        Assert.Equal($"{expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)} Bearer", output);
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task SpotanticWrittenFile_HasThePythonShapeInThatZone(string zone)
    {
        var expiresAt = new DateTimeOffset(2026, 7, 1, 12, 0, 5, TimeSpan.Zero);

        await RunWriterAsync(zone, "write", TokenPath, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

        using var file = JsonDocument.Parse(await File.ReadAllBytesAsync(TokenPath));
        var root = file.RootElement;
        Assert.Equal(["access_token", "token_type", "scope", "expires_in", "refresh_token", "expires_at"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Bearer", root.GetProperty("token_type").GetString());
        Assert.Equal(3600, root.GetProperty("expires_in").GetInt32());
        var local = TimeZoneInfo.ConvertTime(expiresAt, TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(local.ToString("yyyy-MM-dd'T'HH:mm:ss'.000000'", CultureInfo.InvariantCulture), root.GetProperty("expires_at").GetString());
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task SpotanticWrittenFile_ReadBackInTheSameZone_SameInstant(string zone)
    {
        var expiresAt = DateTimeOffset.UtcNow.AddMinutes(50).ToUnixTimeSeconds();

        await RunWriterAsync(zone, "write", TokenPath, expiresAt.ToString(CultureInfo.InvariantCulture));

        Assert.Equal($"{expiresAt.ToString(CultureInfo.InvariantCulture)} Bearer", await RunWriterAsync(zone, "read", TokenPath));
    }

    [Theory]
    [InlineData("1796220000", 1796220000)]
    [InlineData("\"1796220000\"", 1796220000)]
    [InlineData("1796220000.75", 1796220000)]
    [InlineData("\"2026-12-02T16:17:13Z\"", 1796228233)]
    [InlineData("\"2026-12-02T17:17:13+01:00\"", 1796228233)]
    public async Task FileWithUnixSecondsOrAnOffset_ReadInAnyZone_SameInstant(string expiresAt, long expected)
    {
        await File.WriteAllTextAsync(TokenPath, $$"""{"access_token": "a", "token_type": "bearer", "expires_in": 3600, "expires_at": {{expiresAt}}}""");

        Assert.Equal($"{expected.ToString(CultureInfo.InvariantCulture)} bearer", await RunWriterAsync("Asia/Tokyo", "read", TokenPath));
        Assert.Equal($"{expected.ToString(CultureInfo.InvariantCulture)} bearer", await RunWriterAsync("America/Los_Angeles", "read", TokenPath));
    }

    private static async Task<string> RunWriterAsync(string zone, params string[] arguments)
    {
        var start = TokenFileWriterProcess.StartInfo(arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["TZ"] = zone;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(process.ExitCode == 0, $"The writer failed in {zone}: {await error}");
        return (await output).Trim();
    }
}
