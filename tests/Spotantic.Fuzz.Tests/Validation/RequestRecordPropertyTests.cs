using System.Collections;
using System.Reflection;
using CsCheck;
using Spotantic.Fuzz.Tests.Support;
using Spotantic.Requests;

namespace Spotantic.Fuzz.Tests.Validation;

/// <summary>
/// Every request record, filled by reflection with hostile and near-valid arguments: validation either refuses it with an
/// <see cref="ArgumentException"/> naming a parameter, or the request it builds stays on its operation's route.
/// </summary>
public sealed class RequestRecordPropertyTests
{
    private const int CasesPerRecord = 10_000;
    private static readonly Uri ApiBase = new("https://api.spotify.com/v1/");

    public static TheoryData<Type> Records { get; } = [.. RequestTypes()];

    [Fact]
    public void RequestTypes_EveryRequestRecord_IsFuzzed()
    {
        // Guards the reflection below: if it stopped finding records, the fuzz test would pass vacuously.
        Assert.Contains(typeof(GetAlbumRequest), RequestTypes());
        Assert.Equal(97, RequestTypes().Count);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void ValidateThenBuild_HostileArguments_RefusedNamingAParameterOrStayOnTheRoute(Type recordType)
    {
        var cases = new CaseCounter();
        var accepted = new CaseCounter();
        var template = Segments(Create(recordType, new Random(0)).Operation.PathTemplate.TrimStart('/'));

        Gen.Int.Sample(seed =>
        {
            cases.Increment();
            var request = Create(recordType, new Random(seed));
            try
            {
                request.Validate();
            }
            catch (ArgumentException ex)
            {
                Assert.False(string.IsNullOrEmpty(ex.ParamName), $"{recordType.Name} refused input without naming the parameter: {ex.Message}");
                return;
            }

            accepted.Increment();
            var uri = new Uri(ApiBase, request.BuildRelativeUri());
            Assert.Equal(ApiBase.Host, uri.Host);
            Assert.Equal(string.Empty, uri.Fragment);
            var segments = Segments(uri.AbsolutePath)[1..];
            Assert.Equal(template.Length, segments.Length);
            for (var i = 0; i < template.Length; i++)
            {
                if (!template[i].StartsWith('{'))
                {
                    Assert.Equal(template[i], segments[i]);
                }
            }

            using var content = request.BuildContent();
        }, iter: CasesPerRecord);

        Assert.True(cases.Count >= CasesPerRecord, $"ran {cases.Count} cases");
        // Both branches must be taken, or the property says nothing about validation or about the route; a record
        // without arguments (e.g. the current user's profile) has nothing to refuse.
        Assert.True(accepted.Count > 0, $"{recordType.Name}: no case was valid, so no route was checked");
        if (HasArguments(recordType))
        {
            Assert.True(accepted.Count < cases.Count, $"{recordType.Name}: every case was accepted, so validation was never exercised");
        }
    }

    private static bool HasArguments(Type recordType) =>
        recordType.GetConstructors().Any(c => c.GetParameters().Length > 0) ||
        recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.CanWrite && p.DeclaringType == recordType);

    private static string[] Segments(string path) => path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static List<Type> RequestTypes() =>
        [.. typeof(SpotifyRequest).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SpotifyRequest)) && !t.IsAbstract && t.IsPublic)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static SpotifyRequest Create(Type recordType, Random random)
    {
        var constructor = recordType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Value(p.ParameterType, random)).ToArray();
        var request = (SpotifyRequest)constructor.Invoke(arguments);
        var parameterNames = constructor.GetParameters().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanWrite && !parameterNames.Contains(property.Name) && random.Next(2) == 0)
            {
                property.SetValue(request, Value(property.PropertyType, random));
            }
        }

        return request;
    }

    private static object? Value(Type type, Random random)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return random.Next(4) == 0 ? null : Value(underlying, random);
        }

        if (type == typeof(string))
        {
            return random.Next(12) == 0 ? null : Text(random);
        }

        if (type == typeof(int))
        {
            return random.Next(6) switch
            {
                0 => int.MinValue,
                1 => int.MaxValue,
                2 => random.Next(-3, 3),
                _ => random.Next(0, 1200),
            };
        }

        if (type == typeof(long))
        {
            return random.Next(3) == 0 ? -random.NextInt64(1, long.MaxValue) : random.NextInt64(0, 4_000_000_000_000);
        }

        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return random.Next(5) == 0 ? Enum.ToObject(type, random.Next(-1, 100)) : values.GetValue(random.Next(values.Length));
        }

        if (type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>))
        {
            var bytes = new byte[random.Next(6) == 0 ? 300_000 : random.Next(0, 64)];
            random.NextBytes(bytes);
            if (bytes.Length >= 3 && random.Next(2) == 0)
            {
                (bytes[0], bytes[1], bytes[2]) = ((byte)0xFF, (byte)0xD8, (byte)0xFF);
            }

            return type == typeof(byte[]) ? bytes : new ReadOnlyMemory<byte>(bytes);
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments() is [var item] && item == typeof(string))
        {
            if (random.Next(10) == 0)
            {
                return null;
            }

            var count = random.Next(4) == 0 ? random.Next(0, 130) : random.Next(0, 4);
            if (random.Next(3) == 0)
            {
                // Items of one kind (all IDs, or all URIs of one type), as real calls send: such lists validate often
                // enough for the route to be checked on every record, beside the mixed lists that exercise refusal.
                var kind = Types[random.Next(Types.Length)];
                var asUris = random.Next(2) == 0;
                return Enumerable.Range(0, Math.Max(count, 1)).Select(_ => Chars(random, FuzzGenerators.Base62, 22)).Select(id => asUris ? $"spotify:{kind}:{id}" : id).ToArray();
            }

            return Enumerable.Range(0, count).Select(_ => Text(random)).ToArray();
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments() is [var element])
        {
            if (random.Next(10) == 0)
            {
                return null;
            }

            var values = Array.CreateInstance(element, random.Next(0, 5));
            for (var i = 0; i < values.Length; i++)
            {
                values.SetValue(Value(element, random), i);
            }

            return values;
        }

        // String-backed values (RepeatState, SearchType, ...): one of their named values, or the empty default.
        if (type.IsValueType && type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type).ToArray() is { Length: > 0 } known)
        {
            return random.Next(6) == 0 ? Activator.CreateInstance(type) : known[random.Next(known.Length)].GetValue(null);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    private static string Text(Random random)
    {
        var id = Chars(random, FuzzGenerators.Base62, 22);
        return random.Next(8) switch
        {
            0 => Chars(random, FuzzGenerators.Hostile + FuzzGenerators.Base62, random.Next(0, 30)),
            1 => new string([.. Enumerable.Range(0, random.Next(0, 20)).Select(_ => (char)random.Next(0, 0x10000))]),
            2 or 3 => id,
            4 => id.Insert(random.Next(0, 23), FuzzGenerators.Hostile[random.Next(FuzzGenerators.Hostile.Length)].ToString()),
            5 => $"spotify:{Types[random.Next(Types.Length)]}:{(random.Next(3) == 0 ? Chars(random, FuzzGenerators.Hostile, 3) : id)}",
            6 => random.Next(2) == 0 ? Chars(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZab", 2) : Convert.ToBase64String([0xFF, 0xD8, 0xFF, .. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (byte)random.Next(256))]),
            _ => random.Next(3) switch { 0 => "..", 1 => ".", _ => string.Empty },
        };
    }

    private static readonly string[] Types = ["track", "episode", "album", "artist", "show", "audiobook", "playlist", "user", "local", "Track"];

    private static string Chars(Random random, string alphabet, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
}
