using Microsoft.AspNetCore.WebUtilities;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class GetRecommendationsRequestTests
{
    private const string Artist = "4NHQUGzhtTLFvgF5SZesLK";
    private const string Track = "0c6xIDDpzE81m2q797ordA";

    /// <summary>A request with every parameter the operation has, each set to a value inside its range.</summary>
    public static GetRecommendationsRequest WithEveryParameter() => new()
    {
        Limit = 10,
        Market = "ES",
        SeedArtists = [Artist],
        SeedGenres = ["classical", "country"],
        SeedTracks = [Track],
        MinAcousticness = 0.1, MaxAcousticness = 0.9, TargetAcousticness = 0.5,
        MinDanceability = 0.1, MaxDanceability = 0.9, TargetDanceability = 0.5,
        MinDurationMs = 60_000, MaxDurationMs = 300_000, TargetDurationMs = 200_000,
        MinEnergy = 0.1, MaxEnergy = 0.9, TargetEnergy = 0.5,
        MinInstrumentalness = 0, MaxInstrumentalness = 0.35, TargetInstrumentalness = 0.1,
        MinKey = 0, MaxKey = 11, TargetKey = 5,
        MinLiveness = 0.1, MaxLiveness = 0.9, TargetLiveness = 0.5,
        MinLoudness = -30, MaxLoudness = -2, TargetLoudness = -8.5,
        MinMode = 0, MaxMode = 1, TargetMode = 1,
        MinPopularity = 10, MaxPopularity = 90, TargetPopularity = 50,
        MinSpeechiness = 0.1, MaxSpeechiness = 0.9, TargetSpeechiness = 0.5,
        MinTempo = 80, MaxTempo = 160, TargetTempo = 120.5,
        MinTimeSignature = 3, MaxTimeSignature = 7, TargetTimeSignature = 4,
        MinValence = 0.1, MaxValence = 0.9, TargetValence = 0.5,
    };

    [Fact]
    public void Validate_NoSeeds_ThrowsNamingSeedArtists()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetRecommendationsRequest { SeedGenres = [] }.Validate);

        Assert.Equal("SeedArtists", exception.ParamName);
        Assert.Contains("SeedGenres", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SixSeedsAcrossLists_Throws()
    {
        var request = new GetRecommendationsRequest { SeedArtists = [Artist, Artist], SeedGenres = ["pop", "rock"], SeedTracks = [Track, Track] };

        Assert.Equal("SeedArtists", Assert.ThrowsAny<ArgumentException>(request.Validate).ParamName);
    }

    [Fact]
    public void Validate_FiveSeedsAcrossLists_DoesNotThrow()
    {
        var request = new GetRecommendationsRequest { SeedArtists = [Artist, Artist], SeedGenres = ["pop"], SeedTracks = [Track, Track] };

        Assert.Null(Record.Exception(request.Validate));
    }

    [Fact]
    public void Validate_InvalidArtistSeed_ThrowsNamingSeedArtists()
    {
        Assert.Equal("SeedArtists", Assert.ThrowsAny<ArgumentException>(new GetRecommendationsRequest { SeedArtists = ["spotify:artist:4NHQUGzhtTLFvgF5SZesLK"] }.Validate).ParamName);
    }

    [Fact]
    public void Validate_InvalidTrackSeed_ThrowsNamingSeedTracks()
    {
        Assert.Equal("SeedTracks", Assert.ThrowsAny<ArgumentException>(new GetRecommendationsRequest { SeedTracks = ["0c6xIDDpzE81m2q797ord"] }.Validate).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("rock,pop")]
    public void Validate_BadGenre_ThrowsNamingSeedGenres(string genre)
    {
        Assert.Equal("SeedGenres", Assert.ThrowsAny<ArgumentException>(new GetRecommendationsRequest { SeedGenres = [genre] }.Validate).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetRecommendationsRequest { SeedGenres = ["pop"], Limit = limit }.Validate).ParamName);
    }

    [Theory]
    [InlineData("MinAcousticness")]
    [InlineData("TargetEnergy")]
    [InlineData("MaxValence")]
    [InlineData("TargetKey")]
    [InlineData("MinMode")]
    [InlineData("MaxPopularity")]
    [InlineData("MinTimeSignature")]
    [InlineData("TargetTempo")]
    [InlineData("MinLoudness")]
    public void Validate_TunableOutsideSpecRange_ThrowsNamingIt(string property)
    {
        var seeded = new GetRecommendationsRequest { SeedGenres = ["pop"] };
        var request = property switch
        {
            "MinAcousticness" => seeded with { MinAcousticness = -0.01 },
            "TargetEnergy" => seeded with { TargetEnergy = 1.01 },
            "MaxValence" => seeded with { MaxValence = double.NaN },
            "TargetKey" => seeded with { TargetKey = 12 },
            "MinMode" => seeded with { MinMode = 2 },
            "MaxPopularity" => seeded with { MaxPopularity = 101 },
            "MinTimeSignature" => seeded with { MinTimeSignature = 12 },
            "TargetTempo" => seeded with { TargetTempo = double.PositiveInfinity },
            _ => seeded with { MinLoudness = double.NegativeInfinity },
        };

        Assert.Equal(property, Assert.ThrowsAny<ArgumentException>(request.Validate).ParamName);
    }

    [Fact]
    public void Validate_EveryParameterInRange_DoesNotThrow()
    {
        Assert.Null(Record.Exception(WithEveryParameter().Validate));
    }

    [Fact]
    public void BuildRelativeUri_SeedsAndTunables_InvariantNumbersAndCommaLists()
    {
        var request = new GetRecommendationsRequest { SeedArtists = [Artist], SeedGenres = ["hip-hop", "r-n-b"], TargetTempo = 120.5, MinPopularity = 10, MaxEnergy = 0.35 };

        Assert.Equal(
            "recommendations?seed_artists=4NHQUGzhtTLFvgF5SZesLK&seed_genres=hip-hop%2Cr-n-b&max_energy=0.35&min_popularity=10&target_tempo=120.5",
            request.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_NumbersUnderCommaDecimalCulture_StayInvariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var uri = new GetRecommendationsRequest { SeedGenres = ["pop"], TargetValence = 0.25 }.BuildRelativeUri();

            Assert.EndsWith("target_valence=0.25", uri, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void BuildRelativeUri_EveryParameter_FortySevenDistinctNames()
    {
        var relative = WithEveryParameter().BuildRelativeUri();

        var names = QueryHelpers.ParseQuery(relative[relative.IndexOf('?', StringComparison.Ordinal)..]).Keys;

        Assert.Equal(47, names.Count);
    }

    [Fact]
    public void Operation_Definition_MatchesGetRecommendations()
    {
        OperationAssert.Matches(WithEveryParameter().Operation, "get-recommendations", HttpMethod.Get, "/recommendations", [], isIdempotent: true, isDeprecated: true);
    }
}
