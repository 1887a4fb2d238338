using CsCheck;
using Spotantic.Fuzz.Tests.Support;
using Spotantic.Validation;

namespace Spotantic.Fuzz.Tests.Validation;

/// <summary>
/// ID, URI, user ID and market checks against an independent oracle: every input is either accepted exactly when the
/// oracle says it is valid, or refused with an <see cref="ArgumentException"/> naming the parameter. Nothing else escapes.
/// </summary>
public sealed class IdentifierPropertyTests
{
    private static readonly string[] PlayableTypes = ["track", "episode"];
    private static readonly string[] LibraryTypes = ["track", "album", "episode", "show", "audiobook", "artist", "user", "playlist"];

    [Fact]
    public void Id_AnyInput_AcceptedExactlyWhenTwentyTwoBase62Characters()
    {
        var cases = new CaseCounter();
        FuzzGenerators.IdCandidate.Sample(value =>
        {
            cases.Increment();
            AssertAcceptedExactlyWhen(IsId(value), () => SpotifyArgument.Id(value, "id"), "id", value);
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }

    [Fact]
    public void Ids_AnyList_AcceptedExactlyWhenEveryEntryIsAnIdAndTheCountFits()
    {
        var cases = new CaseCounter();
        FuzzGenerators.IdCandidate.Array[0, 6].Sample(values =>
        {
            cases.Increment();
            var valid = values.Length is > 0 and <= 4 && values.All(IsId);
            AssertAcceptedExactlyWhen(valid, () => SpotifyArgument.Ids(values, 4, "ids"), "ids", string.Join(",", values));
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }

    [Fact]
    public void Uri_AnyInput_AcceptedExactlyWhenSchemeTypeAndIdAreValid()
    {
        var cases = new CaseCounter();
        FuzzGenerators.UriCandidate.Sample(value =>
        {
            cases.Increment();
            AssertAcceptedExactlyWhen(IsUri(value, PlayableTypes), () => SpotifyArgument.Uri(value, PlayableTypes, "uri"), "uri", value);
            AssertAcceptedExactlyWhen(IsUri(value, LibraryTypes), () => SpotifyArgument.Uri(value, LibraryTypes, "uri"), "uri", value);
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }

    [Fact]
    public void UserId_AnyInput_AcceptedExactlyWhenNonBlankWithoutWhitespaceControlsOrSurrogates()
    {
        var cases = new CaseCounter();
        // Random text stays short; lengths around the 256-character limit are drawn on purpose.
        Gen.Frequency((4, FuzzGenerators.AnyText), (1, FuzzGenerators.Text(Gen.Char[FuzzGenerators.Base62 + "._-"], 250, 260))).Sample(value =>
        {
            cases.Increment();
            AssertAcceptedExactlyWhen(IsUserId(value), () => SpotifyArgument.UserId(value, "userId"), "userId", value);
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }

    [Fact]
    public void Market_AnyInput_AcceptedExactlyWhenTwoUpperCaseLetters()
    {
        var cases = new CaseCounter();
        FuzzGenerators.MarketCandidate.Sample(value =>
        {
            cases.Increment();
            var valid = value.Length == 2 && value.All(c => c is >= 'A' and <= 'Z');
            AssertAcceptedExactlyWhen(valid, () => SpotifyArgument.Market(value, "market"), "market", value);
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
    }

    private static void AssertAcceptedExactlyWhen(bool valid, Action check, string paramName, string input)
    {
        Exception? thrown = null;
        try
        {
            check();
        }
        catch (Exception ex)
        {
            // Any exception is a finding; which type it is is asserted below.
            thrown = ex;
        }

        if (valid)
        {
            Assert.True(thrown is null, $"'{Escape(input)}' is valid but was refused: {thrown?.Message}");
            return;
        }

        var argument = Assert.IsAssignableFrom<ArgumentException>(thrown);
        Assert.Equal(paramName, argument.ParamName);
    }

    private static bool IsId(string value) => value.Length == 22 && value.All(c => FuzzGenerators.Base62.Contains(c, StringComparison.Ordinal));

    private static bool IsUserId(string value) =>
        value.Length is > 0 and <= 256 && value is not "." and not ".." && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c));

    private static bool IsUri(string value, string[] types)
    {
        var parts = value.Split(':');
        return parts.Length == 3 && parts[0] == "spotify" && types.Contains(parts[1]) && (parts[1] == "user" ? IsUserId(parts[2]) : IsId(parts[2]));
    }

    private static string Escape(string value) => string.Concat(value.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
