using Spotantic.Auth;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>The token rows of the fault matrix (docs/reliability.md): 401s, refresh failures and the token endpoint's own faults.</summary>
public sealed class TokenFaultTests
{
    private const string AlbumRoute = "/v1/albums/{id}";
    private const string TokenRoute = "/api/token";

    [Fact]
    public async Task GetAlbumAsync_AccessTokenRevokedMidSession_RefreshesOnceAndSucceeds()
    {
        await using var session = await EmulatorSession.StartAsync();
        Assert.True(session.Emulator.Accounts.RevokeAccessToken(session.Grant!.AccessToken));

        var result = await session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id);

        Assert.NotEmpty(result.Data.Name);
        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", TokenRoute));
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", AlbumRoute));
        var stored = await session.TokenStore.GetAsync(SpotifyTokenKeys.Default);
        Assert.NotEqual(session.Grant.AccessToken, stored!.AccessToken);
    }

    [Fact]
    public async Task GetAlbumAsync_UnauthorizedAgainAfterRefresh_ThrowsUnauthorizedWithoutLooping()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", AlbumRoute).Next(10).RespondError(401, "Invalid access token");

        await Assert.ThrowsAsync<SpotifyUnauthorizedException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", TokenRoute));
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }

    [Fact]
    public async Task GetAlbumAsync_RefreshAnsweredInvalidGrant_ThrowsAuthorizeAgainAndNeverReusesTheDeadToken()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { StartWithExpiredToken = true });
        Assert.True(session.Emulator.Accounts.RevokeRefreshToken(session.Grant!.RefreshToken!));
        var albumId = session.Emulator.Catalog.Albums[0].Id;

        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => session.Client.Albums.GetAlbumAsync(albumId));
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => session.Client.Albums.GetAlbumAsync(albumId));

        // The dead refresh token went to the token endpoint once; the expired access token never reached the API.
        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", TokenRoute));
        Assert.Equal(0, session.Emulator.RequestLog.Count("GET", AlbumRoute));
        Assert.Null(await session.TokenStore.GetAsync(SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task GetAlbumAsync_TokenEndpointServerErrorDuringRefresh_RetriedAndSucceeds()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { StartWithExpiredToken = true });
        var fault = session.Emulator.Faults.On("POST", TokenRoute).Next(1).RespondServerError(503);

        var result = await session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id);

        Assert.NotEmpty(result.Data.Name);
        Assert.Equal(1, fault.TimesApplied);
        Assert.Equal(2, session.Emulator.RequestLog.Count("POST", TokenRoute));
    }

    [Fact]
    public async Task GetAlbumAsync_TokenEndpointDownAtStart_ThrowsTokenRequestSayingWhatToCheck()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        session.Emulator.Faults.On("POST", TokenRoute).DropConnection();

        var ex = await Assert.ThrowsAsync<SpotifyTokenRequestException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Contains("Could not reach Spotify's token endpoint", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AccountsBaseAddress", ex.Message, StringComparison.Ordinal);
        // A client-credentials request is safe to repeat: every attempt was made, and no API call went out without a token.
        Assert.Equal(3, session.Emulator.RequestLog.Count("POST", TokenRoute));
        Assert.Equal(0, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }
}
