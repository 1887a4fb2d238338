using System.Text.Json;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

/// <summary>
/// How each string-backed value compares: the types whose values Spotify sends in more than one case ignore case, the
/// others compare ordinally; every type keeps the text Spotify sent.
/// </summary>
public sealed class StringValueEqualityTests
{
    // Every ISpotifyStringValue type and whether its equality ignores case. A new type must be added here with a decision.
    private static readonly Dictionary<Type, bool> IgnoresCase = new()
    {
        [typeof(AlbumType)] = true,
        [typeof(AlbumGroup)] = true,
        [typeof(DeviceType)] = true,
        [typeof(CopyrightType)] = false,
        [typeof(CurrentlyPlayingType)] = false,
        [typeof(ReleaseDatePrecision)] = false,
        [typeof(RepeatState)] = false,
        [typeof(RestrictionReason)] = false,
    };

    [Fact]
    public void StringValueTypes_EveryTypeHasACaseDecision()
    {
        IEnumerable<Type> types = typeof(AlbumType).Assembly.GetExportedTypes()
            .Where(type => type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpotifyStringValue<>)));

        Assert.Equal(IgnoresCase.Keys.Select(t => t.Name).Order(StringComparer.Ordinal), types.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("SINGLE")]
    [InlineData("Single")]
    [InlineData("single")]
    public void Equals_AlbumTypeSingleInAnyCase_IsSingle(string sent)
    {
        AlbumType value = AlbumType.FromValue(sent);

        Assert.Equal(AlbumType.Single, value);
        Assert.True(value == AlbumType.Single);
        Assert.NotEqual(AlbumType.Album, value);
        Assert.Equal(AlbumType.Single.GetHashCode(), value.GetHashCode());
        Assert.Equal(sent, value.ToString());
        Assert.Equal(sent, value.Value);
    }

    [Theory]
    [InlineData("ALBUM", "album")]
    [InlineData("COMPILATION", "compilation")]
    [InlineData("EP", "ep")]
    public void Equals_AlbumTypeInUpperCase_EqualsLowerCase(string upper, string lower)
    {
        AssertEqualIgnoringCase<AlbumType>(upper, lower);
        Assert.Equal(AlbumType.Ep, AlbumType.FromValue("EP"));
    }

    [Theory]
    [InlineData("APPEARS_ON", "appears_on")]
    [InlineData("Single", "single")]
    [InlineData("ALBUM", "album")]
    public void Equals_AlbumGroupInAnotherCase_IsEqual(string sent, string other)
    {
        AssertEqualIgnoringCase<AlbumGroup>(sent, other);
        Assert.Equal(AlbumGroup.AppearsOn, AlbumGroup.FromValue("APPEARS_ON"));
    }

    [Theory]
    [InlineData("Computer", "computer")]
    [InlineData("Smartphone", "SMARTPHONE")]
    [InlineData("CastVideo", "castvideo")]
    [InlineData("TV", "tv")]
    public void Equals_DeviceTypeInAnotherCase_IsEqual(string sent, string other)
    {
        AssertEqualIgnoringCase<DeviceType>(sent, other);
    }

    [Theory]
    [InlineData(typeof(CopyrightType), "P", "p")]
    [InlineData(typeof(CurrentlyPlayingType), "track", "Track")]
    [InlineData(typeof(ReleaseDatePrecision), "day", "DAY")]
    [InlineData(typeof(RepeatState), "context", "Context")]
    [InlineData(typeof(RestrictionReason), "market", "MARKET")]
    public void Equals_OrdinalTypeInAnotherCase_IsNotEqual(Type type, string sent, string other)
    {
        Assert.False(IgnoresCase[type]);
        typeof(StringValueEqualityTests).GetMethod(nameof(AssertOrdinal), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type)
            .Invoke(null, [sent, other]);
    }

    [Fact]
    public void Collections_CaseInsensitiveValues_AreOneKey()
    {
        var counts = new Dictionary<AlbumType, int>();
        foreach (string sent in new[] { "single", "SINGLE", "Single", "album", "ALBUM", "EP" })
        {
            AlbumType type = AlbumType.FromValue(sent);
            counts[type] = counts.GetValueOrDefault(type) + 1;
        }

        Assert.Equal(3, counts.Count);
        Assert.Equal(3, counts[AlbumType.Single]);
        Assert.Equal(2, counts[AlbumType.Album]);
        Assert.Equal(1, counts[AlbumType.Ep]);
        Assert.Equal("single", counts.Keys.First().ToString());

        var groups = new HashSet<AlbumGroup> { AlbumGroup.AppearsOn, AlbumGroup.FromValue("APPEARS_ON"), AlbumGroup.FromValue("appears_on") };
        Assert.Single(groups);
        Assert.Contains(AlbumGroup.FromValue("Appears_On"), groups);

        var devices = new HashSet<DeviceType> { DeviceType.FromValue("Smartphone"), DeviceType.FromValue("smartphone") };
        Assert.Single(devices);
        Assert.Contains(DeviceType.Smartphone, devices);
    }

    [Fact]
    public void Collections_OrdinalValues_AreDistinctKeys()
    {
        var states = new HashSet<RepeatState> { RepeatState.Off, RepeatState.FromValue("off"), RepeatState.FromValue("OFF") };
        Assert.Equal(2, states.Count);

        var reasons = new Dictionary<RestrictionReason, string> { [RestrictionReason.Market] = "m" };
        Assert.True(reasons.ContainsKey(RestrictionReason.FromValue("market")));
        Assert.False(reasons.ContainsKey(RestrictionReason.FromValue("Market")));
    }

    [Fact]
    public void Deserialize_UpperCaseAlbumType_KeepsTheTextSpotifySent()
    {
        SimplifiedAlbum album = JsonSerializer.Deserialize("""{ "album_type": "SINGLE", "id": "x" }""", SpotifyJsonContext.Default.SimplifiedAlbum)!;

        Assert.Equal(AlbumType.Single, album.AlbumType);
        Assert.Contains("\"album_type\":\"SINGLE\"", JsonSerializer.Serialize(album, SpotifyJsonContext.Default.SimplifiedAlbum), StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_DefaultAndEmpty_AreEqualForEveryType()
    {
        Assert.Equal(default, AlbumType.FromValue(""));
        Assert.Equal(default(AlbumType).GetHashCode(), AlbumType.FromValue("").GetHashCode());
        Assert.Equal(default, AlbumGroup.FromValue(""));
        Assert.Equal(default, DeviceType.FromValue(""));
        Assert.Equal(default, RepeatState.FromValue(""));
    }

    private static void AssertEqualIgnoringCase<T>(string sent, string other)
        where T : struct, ISpotifyStringValue<T>
    {
        Assert.True(IgnoresCase[typeof(T)]);
        T a = T.FromValue(sent);
        T b = T.FromValue(other);

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(sent, a.ToString());
        Assert.Equal(other, b.Value);
        Assert.Single(new HashSet<T> { a, b });
        Assert.True(new Dictionary<T, int> { [a] = 1 }.ContainsKey(b));
        Assert.NotEqual(a, T.FromValue(sent + "_other"));
    }

    private static void AssertOrdinal<T>(string sent, string other)
        where T : struct, ISpotifyStringValue<T>
    {
        T a = T.FromValue(sent);
        T b = T.FromValue(other);

        Assert.NotEqual(a, b);
        Assert.Equal(a, T.FromValue(sent));
        Assert.Equal(a.GetHashCode(), T.FromValue(sent).GetHashCode());
        Assert.Equal(2, new HashSet<T> { a, b, T.FromValue(sent) }.Count);
        Assert.Equal(other, b.ToString());
    }
}
