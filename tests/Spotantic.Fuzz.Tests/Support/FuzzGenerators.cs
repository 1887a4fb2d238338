using CsCheck;

namespace Spotantic.Fuzz.Tests.Support;

/// <summary>Generators of hostile and near-valid inputs: random text is rarely close to valid, so most cases start from a valid value and break it.</summary>
internal static class FuzzGenerators
{
    /// <summary>How many cases each property runs.</summary>
    public const long Iterations = 10_000;

    public const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Characters that could change a route or a query if they were not escaped, plus whitespace, controls and non-ASCII.</summary>
    public const string Hostile = "/\\.?#%&=+:; \t\r\n\0\u00e9\u00df\u4e2d\ud83c\udfb5@!$'()*,[]{}|^`~\"<>";

    /// <summary>Strings of <paramref name="min"/> to <paramref name="max"/> characters drawn from <paramref name="chars"/>.</summary>
    public static Gen<string> Text(Gen<char> chars, int min, int max) => chars.Array[min, max].Select(static c => new string(c));

    public static readonly Gen<string> ValidId = Gen.Char[Base62].Array[22].Select(chars => new string(chars));

    /// <summary>A valid ID with one character inserted, removed or replaced by a hostile or base-62 one.</summary>
    public static readonly Gen<string> NearId =
        Gen.Select(ValidId, Gen.Int[0, 22], Gen.Char[Hostile + Base62], Gen.Int[0, 2], static (id, at, c, op) => op switch
        {
            0 => id.Insert(at, c.ToString()),
            1 => at < id.Length ? id.Remove(at, 1) : id[..^1],
            _ => at < id.Length ? string.Concat(id.AsSpan(0, at), c.ToString(), id.AsSpan(at + 1)) : id + c,
        });

    /// <summary>Any text: printable ASCII, hostile characters, arbitrary UTF-16 (lone surrogates included).</summary>
    public static readonly Gen<string> AnyText = Gen.OneOf(
        Text(Gen.Char[' ', '~'], 0, 40),
        Text(Gen.Char[Hostile + Base62], 0, 30),
        Text(Gen.Char, 0, 30),
        Gen.OneOf(Gen.Const(""), Gen.Const("."), Gen.Const(".."), Gen.Const("%2F"), Gen.Const("a/../b"), Gen.Const("?x=1"), Gen.Const("#f")));

    /// <summary>IDs: valid, nearly valid, or anything.</summary>
    public static readonly Gen<string> IdCandidate = Gen.Frequency((2, ValidId), (5, NearId), (3, AnyText));

    private static readonly Gen<string> UriType = Gen.OneOf(
        Gen.Const("track"), Gen.Const("episode"), Gen.Const("album"), Gen.Const("artist"), Gen.Const("show"), Gen.Const("audiobook"),
        Gen.Const("playlist"), Gen.Const("user"), Gen.Const("local"), Gen.Const("Track"), Gen.Const(""), Text(Gen.Char['a', 'z'], 1, 8));

    /// <summary>URIs: <c>spotify:{type}:{id}</c> with every part valid or broken, and extra or missing parts.</summary>
    public static readonly Gen<string> UriCandidate = Gen.Frequency(
        (6, Gen.Select(Gen.OneOf(Gen.Const("spotify"), Gen.Const("Spotify"), Gen.Const(""), Gen.Const("spotify ")), UriType, IdCandidate, static (scheme, type, id) => $"{scheme}:{type}:{id}")),
        (2, Gen.Select(UriType, IdCandidate, AnyText, static (type, id, extra) => $"spotify:{type}:{id}:{extra}")),
        (2, AnyText));

    /// <summary>Markets: two letters in any case, other lengths, hostile text.</summary>
    public static readonly Gen<string> MarketCandidate = Gen.Frequency(
        (4, Text(Gen.Char['A', 'Z'], 2, 2)),
        (2, Text(Gen.Char["AZaz09 -_\u00c9\n"], 0, 4)),
        (2, AnyText));
}
