using System.Text.Json;
using WorkerSample.Tests.Support;

namespace WorkerSample.Tests;

/// <summary>The <c>login</c> command against the in-process emulator.</summary>
public sealed class LoginTests
{
    [Fact]
    public async Task Login_WithoutCredentials_StoresTheTokenInAnOwnerOnlyFile()
    {
        using var scratch = new ScratchDirectory();
        var tokenFile = scratch.File("tokens/.token_info_cache");

        using var sample = await SampleProcess.RunAsync(scratch.Path, new Dictionary<string, string> { ["Spotantic__Auth__AccessTokenFilePath"] = tokenFile }, "login");

        Assert.True(sample.ExitCode == 0, $"Exit code {sample.ExitCode}.{Environment.NewLine}{sample.Output}{Environment.NewLine}{sample.Error}");
        Assert.True(File.Exists(tokenFile), sample.Output);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tokenFile));
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(tokenFile));
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("access_token").GetString()));
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("refresh_token").GetString()));
        Assert.Contains("user-library-read", json.RootElement.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Contains($"The token is stored in {tokenFile}", sample.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutCredentials_SaysItIsTheEmulatorAndLogsNoSecret()
    {
        using var scratch = new ScratchDirectory();
        var tokenFile = scratch.File(".token_info_cache");

        using var sample = await SampleProcess.RunAsync(scratch.Path, new Dictionary<string, string> { ["Spotantic__Auth__AccessTokenFilePath"] = tokenFile }, "login");

        Assert.Equal(0, sample.ExitCode);
        Assert.Contains("LOCAL SPOTIFY EMULATOR", sample.Output.Split(Environment.NewLine)[0], StringComparison.Ordinal);
        Assert.Contains("AuthorizationCodePkce flow", sample.Output, StringComparison.Ordinal);
        Assert.Contains("cannot be used by a later run", sample.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(tokenFile));
        var secrets = new[] { json.RootElement.GetProperty("access_token").GetString()!, json.RootElement.GetProperty("refresh_token").GetString()! };
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, sample.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, sample.Error, StringComparison.Ordinal);
        }

        // The PKCE challenge may be shown (it is public), the verifier and the code never are.
        Assert.DoesNotContain("code_verifier", sample.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("?code=", sample.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("&code=", sample.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutCredentialsOrPath_DoesNotWriteIntoTheWorkingDirectory()
    {
        using var scratch = new ScratchDirectory();
        using var home = new ScratchDirectory();

        // The emulator's token goes to the user's data folder, never over a real .token_info_cache in the project.
        using var sample = await SampleProcess.RunAsync(scratch.Path, new Dictionary<string, string> { ["HOME"] = home.Path, ["XDG_DATA_HOME"] = home.File("data") }, "login");

        Assert.Equal(0, sample.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
        Assert.True(File.Exists(Path.Combine(home.File("data"), "spotantic-worker-sample", "emulator.token_info_cache")), sample.Output);
    }
}
