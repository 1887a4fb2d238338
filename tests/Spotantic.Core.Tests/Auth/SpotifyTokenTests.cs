using System.Globalization;
using System.Text;
using System.Text.Json;
using Spotantic.Auth;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Auth;

public sealed class SpotifyTokenTests
{
    private const string AccessToken = "BQDj-secret-access-token-value";
    private const string RefreshToken = "AQB-secret-refresh-token-value";

    /// <summary>A token cache file as the Python library writes it.</summary>
    private const string PythonCacheFile = """
        {"access_token": "BQDj-secret-access-token-value", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "AQB-secret-refresh-token-value", "scope": "user-library-read playlist-read-private", "expires_at": 1756728000}
        """;

    [Fact]
    public void Deserialize_PythonCacheFile_ReadsEveryField()
    {
        var token = JsonSerializer.Deserialize(PythonCacheFile, AuthJsonContext.Default.SpotifyToken);

        Assert.NotNull(token);
        Assert.Equal(AccessToken, token.AccessToken);
        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal(3600, token.ExpiresIn);
        Assert.Equal(RefreshToken, token.RefreshToken);
        Assert.Equal("user-library-read playlist-read-private", token.Scope);
        Assert.Equal(1756728000, token.ExpiresAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1756728000), token.ExpiresAtTime);
        Assert.Equal(["playlist-read-private", "user-library-read"], token.GrantedScopes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Serialize_Token_WritesPythonCacheKeysWithIntegerExpiresAt()
    {
        var token = new SpotifyToken { AccessToken = AccessToken, TokenType = "Bearer", Scope = "user-library-read", ExpiresIn = 3600, RefreshToken = RefreshToken, ExpiresAt = 1756728000 };

        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(token, AuthJsonContext.Default.SpotifyToken));
        var root = document.RootElement;

        Assert.Equal(
            ["access_token", "expires_at", "expires_in", "refresh_token", "scope", "token_type"],
            root.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("expires_at").ValueKind);
        Assert.Equal("1756728000", root.GetProperty("expires_at").GetRawText());
        Assert.Equal(3600, root.GetProperty("expires_in").GetInt32());
        Assert.Equal(AccessToken, root.GetProperty("access_token").GetString());
        Assert.Equal(RefreshToken, root.GetProperty("refresh_token").GetString());
    }

    [Fact]
    public void Serialize_ThenDeserialize_RoundTrips()
    {
        var token = new SpotifyToken { AccessToken = AccessToken, TokenType = "bearer", Scope = "user-library-read", ExpiresIn = 3600, RefreshToken = RefreshToken, ExpiresAt = 1756728000 };

        var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(token, AuthJsonContext.Default.SpotifyToken), AuthJsonContext.Default.SpotifyToken);

        Assert.Equal(token, copy);
    }

    [Fact]
    public void Serialize_ClientCredentialsToken_WritesNullRefreshTokenAndScope()
    {
        var token = new SpotifyToken { AccessToken = AccessToken, ExpiresIn = 3600, ExpiresAt = 1756728000 };

        var json = JsonSerializer.Serialize(token, AuthJsonContext.Default.SpotifyToken);

        Assert.Contains("\"refresh_token\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"scope\":null", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1756728000.9")]
    [InlineData("1756728000.0")]
    [InlineData("\"2025-09-01T12:00:00Z\"")]
    [InlineData("\"2025-09-01T14:00:00+02:00\"")]
    [InlineData("\"1756728000\"")]
    public void Deserialize_ExpiresAtAsFloatOrIsoString_Loads(string expiresAt)
    {
        var json = $$"""{"access_token":"a","token_type":"Bearer","expires_in":3600,"expires_at":{{expiresAt}}}""";

        var token = JsonSerializer.Deserialize(json, AuthJsonContext.Default.SpotifyToken);

        Assert.Equal(1756728000, token?.ExpiresAt);
    }

    [Theory]
    [InlineData("\"next tuesday\"")]
    [InlineData("true")]
    [InlineData("[]")]
    public void Deserialize_ExpiresAtUnreadable_ThrowsJsonException(string expiresAt)
    {
        var json = $$"""{"access_token":"a","expires_at":{{expiresAt}}}""";

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, AuthJsonContext.Default.SpotifyToken));
    }

    [Fact]
    public void Deserialize_TokenEndpointResponseWithoutExpiresAt_ExpiresAtZero()
    {
        var token = JsonSerializer.Deserialize("""{"access_token":"a","token_type":"bearer","expires_in":3600}""", AuthJsonContext.Default.SpotifyToken);

        Assert.Equal(0, token?.ExpiresAt);
        Assert.Empty(token!.GrantedScopes);
    }

    [Fact]
    public void ToString_Token_ShowsNeitherToken()
    {
        var token = new SpotifyToken { AccessToken = AccessToken, Scope = "user-library-read", ExpiresIn = 3600, RefreshToken = RefreshToken, ExpiresAt = 1756728000 };

        var text = token.ToString();

        Assert.DoesNotContain(AccessToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RefreshToken, text, StringComparison.Ordinal);
        Assert.Contains("user-library-read", text, StringComparison.Ordinal);
        Assert.Contains("2025-09-01T12:00:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_InterpolatedOrConcatenated_ShowsNeitherToken()
    {
        var token = new SpotifyToken { AccessToken = AccessToken, RefreshToken = RefreshToken };
        var builder = new StringBuilder().Append(token).Append(CultureInfo.InvariantCulture, $" {token}");

        Assert.DoesNotContain("secret", builder.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, true)] // now = expiry
    [InlineData(-1, 0, false)] // a second before expiry, no margin
    [InlineData(-60, 60, true)] // within the margin
    [InlineData(-61, 60, false)] // just outside the margin
    [InlineData(100, 0, true)] // long past
    public void IsExpired_RelativeToExpiryAndMargin_Expected(int secondsFromExpiry, int marginSeconds, bool expected)
    {
        var expiry = new DateTimeOffset(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);
        var token = new SpotifyToken { AccessToken = "a", ExpiresAt = expiry.ToUnixTimeSeconds() };

        Assert.Equal(expected, token.IsExpired(expiry.AddSeconds(secondsFromExpiry), TimeSpan.FromSeconds(marginSeconds)));
    }

    [Fact]
    public void GrantedScopes_ScopeReplacedWithWith_ReflectsNewScope()
    {
        var token = new SpotifyToken { AccessToken = "a", Scope = "user-library-read" };
        _ = token.GrantedScopes;

        var changed = token with { Scope = "user-library-modify" };

        Assert.Equal(["user-library-modify"], changed.GrantedScopes);
        Assert.Equal(["user-library-read"], token.GrantedScopes);
    }
}
