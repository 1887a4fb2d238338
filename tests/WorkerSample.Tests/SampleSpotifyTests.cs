using Microsoft.Extensions.Configuration;
using Spotantic.Samples;
using Spotantic.Testing;

namespace WorkerSample.Tests;

/// <summary>The shared emulator set-up as a web sample would use it: fixed redirect URIs, a secret, several users.</summary>
public sealed class SampleSpotifyTests
{
    private const string WebRedirectUri = "http://127.0.0.1:5080/signin-spotify";

    [Fact]
    public async Task Start_WithoutClientId_RegistersTheAppAndPointsSpotanticAtTheEmulator()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("Spotantic:Auth:Scope", "user-read-private")]);

        await using var spotify = await SampleSpotify.StartAsync(configuration, new SampleSpotifyOptions
        {
            ClientId = "web-sample",
            Flow = Spotantic.Configuration.SpotifyAuthFlow.AuthorizationCode,
            RedirectUris = [WebRedirectUri, "http://127.0.0.1:5081/signin-spotify"],
            SignInPagePerBrowser = true,
            SeedEmulator = emulator => [new("Sample:SecondUser", emulator.AddUserWithOtherAlbums("second-listener", "Second Listener").Id)],
        });

        Assert.True(spotify.IsEmulator);
        Assert.StartsWith($"*** Running against the LOCAL SPOTIFY EMULATOR at {spotify.Emulator.ApiBaseAddress} ", spotify.FirstLine, StringComparison.Ordinal);
        Assert.Equal(["http://127.0.0.1:5080/signin-spotify", "http://127.0.0.1:5081/signin-spotify"], spotify.Emulator.FindApp("web-sample")!.RedirectUris);
        Assert.Equal(EmulatorSignInMode.SignInPage, spotify.Emulator.Accounts.SignIn);
        Assert.Equal("web-sample", configuration["Spotantic:Auth:ClientId"]);
        Assert.Equal("AuthorizationCode", configuration["Spotantic:Auth:Flow"]);
        Assert.False(string.IsNullOrEmpty(configuration["Spotantic:Auth:ClientSecret"]));
        Assert.Equal(WebRedirectUri, configuration["Spotantic:Auth:RedirectUri"]);
        Assert.Equal("user-read-private", configuration["Spotantic:Auth:Scope"]);
        Assert.Equal(spotify.Emulator.ApiBaseAddress.AbsoluteUri, configuration["Spotantic:Client:ApiBaseAddress"]);
        Assert.Equal(spotify.Emulator.AccountsBaseAddress.AbsoluteUri, configuration["Spotantic:Client:AccountsBaseAddress"]);
        Assert.Equal("second-listener", configuration["Sample:SecondUser"]);
    }

    [Fact]
    public async Task Start_WithClientId_StartsNothingAndSelectsTheCodeFlowForASecret()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("Spotantic:Auth:ClientId", "mine"), new("Spotantic:Auth:ClientSecret", "secret")]);

        await using var spotify = await SampleSpotify.StartAsync(configuration, new SampleSpotifyOptions { ClientId = "web-sample", RedirectUris = [WebRedirectUri] });

        Assert.False(spotify.IsEmulator);
        Assert.Equal("Running against Spotify at https://api.spotify.com/v1/.", Assert.Single(spotify.Banner));
        Assert.Equal("mine", configuration["Spotantic:Auth:ClientId"]);
        Assert.Equal("AuthorizationCode", configuration["Spotantic:Auth:Flow"]);
        Assert.Null(configuration["Spotantic:Client:ApiBaseAddress"]);
    }

    [Fact]
    public async Task AddUserWithOtherAlbums_GivesEachUserADifferentLibrary()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();

        var second = emulator.AddUserWithOtherAlbums("second-listener", "Second Listener", albumCount: 12);
        var third = emulator.AddUserWithOtherAlbums("third-listener", "Third Listener", albumCount: 5);

        var demo = emulator.DemoUser!.Library.GetIds(EmulatorItemType.Album);
        var secondAlbums = second.Library.GetIds(EmulatorItemType.Album);
        Assert.Equal(12, secondAlbums.Count);
        Assert.Equal(5, third.Library.Count(EmulatorItemType.Album));
        Assert.Empty(secondAlbums.Intersect(demo));
        Assert.Empty(third.Library.GetIds(EmulatorItemType.Album).Intersect(demo.Concat(secondAlbums)));
        Assert.All(secondAlbums, id => Assert.NotNull(emulator.Catalog.FindAlbum(id)));
        Assert.Equal("Second Listener", emulator.FindUser("second-listener")!.DisplayName);
    }
}
