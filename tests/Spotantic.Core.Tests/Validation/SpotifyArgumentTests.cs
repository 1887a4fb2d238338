using Spotantic.Validation;

namespace Spotantic.Core.Tests.Validation;

public sealed class SpotifyArgumentTests
{
    private const string ValidId = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData("4aawyAB9vmqN3uQ7FjRGTy")]
    [InlineData("0000000000000000000000")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzz")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUV")]
    public void Id_TwentyTwoBase62Characters_Accepted(string id)
    {
        var exception = Record.Exception(() => SpotifyArgument.Id(id, "albumId"));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT")] // 21
    [InlineData("4aawyAB9vmqN3uQ7FjRGTyy")] // 23
    [InlineData("4aawyAB9vmqN3uQ7FjRG/y")]
    [InlineData("..4aawyAB9vmqN3uQ7FjRG")]
    [InlineData("..")]
    [InlineData("4aawyAB9vmqN3uQ7FjR%2F")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT?")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT#")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT ")]
    [InlineData(" 4aawyAB9vmqN3uQ7FjRGT")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT\u00e9")] // é
    [InlineData("4aawyAB9vmqN3uQ7FjRGT\u0661")] // Arabic-Indic digit one
    [InlineData("\uff14aawyAB9vmqN3uQ7FjRGTy")] // fullwidth digit four
    [InlineData("4aawyAB9vmqN3uQ7FjRGTy\n")]
    [InlineData("spotify:album:4aawyAB9vmqN3uQ7FjRGTy")]
    public void Id_NotASpotifyId_ThrowsArgumentExceptionNamingParameter(string id)
    {
        var exception = Assert.Throws<ArgumentException>(() => SpotifyArgument.Id(id, "albumId"));

        Assert.Equal("albumId", exception.ParamName);
        Assert.Contains("albumId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_Null_ThrowsArgumentNullExceptionNamingParameter()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => SpotifyArgument.Id(null, "albumId"));

        Assert.Equal("albumId", exception.ParamName);
    }

    [Fact]
    public void Id_VeryLongValue_MessageShowsShortenedValue()
    {
        var value = new string('a', 500);

        var exception = Assert.Throws<ArgumentException>(() => SpotifyArgument.Id(value, "id"));

        Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
        Assert.Contains("500 characters", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void Ids_CountWithinLimit_Accepted(int count)
    {
        var ids = Enumerable.Repeat(ValidId, count).ToArray();

        var exception = Record.Exception(() => SpotifyArgument.Ids(ids, 20, "ids"));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    [InlineData(100)]
    public void Ids_CountOutsideLimit_ThrowsArgumentOutOfRange(int count)
    {
        var ids = Enumerable.Repeat(ValidId, count).ToArray();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SpotifyArgument.Ids(ids, 20, "ids"));

        Assert.Equal("ids", exception.ParamName);
        Assert.Equal(count, exception.ActualValue);
        Assert.Contains("1 to 20", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_Null_ThrowsArgumentNullExceptionNamingParameter()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => SpotifyArgument.Ids(null, 20, "ids"));

        Assert.Equal("ids", exception.ParamName);
    }

    [Theory]
    [InlineData("bad/id")]
    [InlineData("")]
    [InlineData(null)]
    public void Ids_OneInvalidEntry_ThrowsNamingParameterAndIndex(string? invalid)
    {
        string[] ids = [ValidId, ValidId, invalid!];

        var exception = Assert.Throws<ArgumentException>(() => SpotifyArgument.Ids(ids, 20, "ids"));

        Assert.Equal("ids", exception.ParamName);
        Assert.Contains("ids[2]", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("ES")]
    [InlineData(null)]
    public void Market_CountryCodeOrNull_Accepted(string? value)
    {
        var exception = Record.Exception(() => SpotifyArgument.Market(value, "market"));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("Us")]
    [InlineData("USA")]
    [InlineData("U")]
    [InlineData("")]
    [InlineData("from_token")]
    [InlineData("U1")]
    [InlineData("US\n")]
    [InlineData("U&")]
    public void Market_NotAnAlpha2Code_ThrowsArgumentExceptionNamingParameter(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => SpotifyArgument.Market(value, "market"));

        Assert.Equal("market", exception.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(null)]
    public void Range_WithinBoundsOrNull_Accepted(int? value)
    {
        var exception = Record.Exception(() => SpotifyArgument.Range(value, 1, 50, "limit"));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Range_OutsideBounds_ThrowsArgumentOutOfRangeNamingParameter(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SpotifyArgument.Range(value, 1, 50, "limit"));

        Assert.Equal("limit", exception.ParamName);
        Assert.Equal(value, exception.ActualValue);
        Assert.Contains("between 1 and 50", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000)]
    [InlineData(null)]
    public void Offset_ZeroOrMoreOrNull_Accepted(int? value)
    {
        var exception = Record.Exception(() => SpotifyArgument.Offset(value, "offset"));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Offset_Negative_ThrowsArgumentOutOfRangeNamingParameter(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SpotifyArgument.Offset(value, "offset"));

        Assert.Equal("offset", exception.ParamName);
    }
}
