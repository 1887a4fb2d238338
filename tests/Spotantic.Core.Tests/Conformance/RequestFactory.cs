using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// Builds a valid instance of any request record by reflection, so the conformance tests can run over records they
/// were not written for. Arguments are chosen from the parameter's name and type (an ID, a URI, a market, ...);
/// a record whose arguments cannot be guessed gets an entry in <see cref="Overrides"/>, keyed by type name.
/// </summary>
internal static class RequestFactory
{
    public const string ValidId = "4aawyAB9vmqN3uQ7FjRGTy";

    /// <summary>The smallest well-formed JPEG (SOI, EOI), for cover-image uploads.</summary>
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    /// <summary>
    /// Records the name-and-type guesses cannot build validly, keyed by type name. Each entry returns a valid
    /// request; the tests vary its arguments through the record's init setters.
    /// </summary>
    private static readonly Dictionary<string, Func<SpotifyRequest>> Overrides = new(StringComparer.Ordinal)
    {
        // Example shape: ["ChangePlaylistDetailsRequest"] = () => new ChangePlaylistDetailsRequest(ValidId) { Name = "Road trip" },
    };

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Builds a request of <paramref name="type"/> whose <c>Validate()</c> passes.</summary>
    /// <exception cref="RequestFactoryException">No valid instance could be built; the message names the record and why.</exception>
    public static SpotifyRequest Create(Type type)
    {
        if (Overrides.TryGetValue(type.Name, out var factory))
        {
            var request = factory();
            return ValidateOrExplain(request, "its entry in RequestFactory.Overrides");
        }

        var instance = (SpotifyRequest)BuildObject(type, type.Name);
        if (TryValidate(instance) is not { } firstError)
        {
            return instance;
        }

        // Some records need one optional argument (e.g. at least one playlist detail to change, or one seed):
        // try the optional properties with a known test value one at a time, keeping the first that validates.
        foreach (var property in OptionalProperties(type))
        {
            if (!TryGuess(property.Name, property.PropertyType, isNullable: false, type.Name, out var value) || value is null)
            {
                continue;
            }

            var candidate = With(instance, property.Name, value);
            if (TryValidate(candidate) is null)
            {
                return candidate;
            }
        }

        throw new RequestFactoryException(
            $"{type.Name}: the arguments guessed from parameter names do not validate ({firstError.GetType().Name} for '{firstError.ParamName}': {firstError.Message}). "
            + "Add an entry for it to RequestFactory.Overrides.");
    }

    /// <summary>Returns a copy of <paramref name="request"/> with one property (positional or init) changed.</summary>
    public static SpotifyRequest With(SpotifyRequest request, string propertyName, object? value)
    {
        var type = request.GetType();
        var property = type.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new RequestFactoryException($"{type.Name} has no public property '{propertyName}'.");
        var setter = property.SetMethod
            ?? throw new RequestFactoryException($"{type.Name}.{propertyName} has no init setter, so a copy with another value cannot be made.");
        var clone = (SpotifyRequest)type.GetMethod("<Clone>$")!.Invoke(request, null)!;
        try
        {
            setter.Invoke(clone, [value]);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            // A setter that validates throws its own exception (e.g. ArgumentException), not the reflection wrapper.
            ExceptionDispatchInfo.Throw(exception.InnerException);
        }

        return clone;
    }

    /// <summary>Runs <c>Validate()</c> and returns the <see cref="ArgumentException"/> it threw, or <see langword="null"/>.</summary>
    public static ArgumentException? TryValidate(SpotifyRequest request)
    {
        try
        {
            request.Validate();
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception;
        }
    }

    private static SpotifyRequest ValidateOrExplain(SpotifyRequest request, string source) =>
        TryValidate(request) is { } error
            ? throw new RequestFactoryException($"{request.GetType().Name} built by {source} does not validate: {error.Message}")
            : request;

    private static IEnumerable<PropertyInfo> OptionalProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(property => property.SetMethod is { IsPublic: true } && property.GetCustomAttribute<RequiredMemberAttribute>() is null && property.DeclaringType == type);

    private static object BuildObject(Type type, string owner)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(candidate => !(candidate.GetParameters() is [var only] && only.ParameterType == type))
            .OrderByDescending(candidate => candidate.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new RequestFactoryException($"{owner}: {type.Name} has no public constructor. Add an entry to RequestFactory.Overrides.");

        var arguments = constructor.GetParameters()
            .Select(parameter => ArgumentFor(parameter, owner))
            .ToArray();
        var instance = constructor.Invoke(arguments);

        if (constructor.GetCustomAttribute<SetsRequiredMembersAttribute>() is null)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetCustomAttribute<RequiredMemberAttribute>() is not null))
            {
                var nullable = Nullability.Create(property).WriteState == NullabilityState.Nullable;
                if (!TryGuess(property.Name, property.PropertyType, nullable, owner, out var value))
                {
                    throw new RequestFactoryException($"{owner}: no test value is known for required property {type.Name}.{property.Name} ({SpotanticSurface.TypeName(property.PropertyType)}). Add an entry to RequestFactory.Overrides.");
                }

                property.SetValue(instance, value);
            }
        }

        return instance;
    }

    private static object? ArgumentFor(ParameterInfo parameter, string owner)
    {
        var nullable = Nullability.Create(parameter).WriteState == NullabilityState.Nullable;
        if (TryGuess(parameter.Name!, parameter.ParameterType, nullable, owner, out var value))
        {
            return value;
        }

        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        throw new RequestFactoryException(
            $"{owner}: no test value is known for constructor parameter '{parameter.Name}' ({SpotanticSurface.TypeName(parameter.ParameterType)}). Add an entry to RequestFactory.Overrides.");
    }

    private static bool TryGuess(string name, Type type, bool isNullable, string owner, out object? value)
    {
        var key = name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var underlying = Nullable.GetUnderlyingType(type);
        var valueType = underlying ?? type;

        value = null;
        if (valueType == typeof(string))
        {
            value = GuessString(key);
            return value is not null || isNullable;
        }

        if (valueType == typeof(int) || valueType == typeof(long))
        {
            int? number = key switch
            {
                "volumepercent" => 50,
                "insertbefore" => 2,
                "rangelength" or "limit" => 1,
                "after" or "before" => 1_700_000_000,
                _ when key.Contains("position", StringComparison.Ordinal) || key is "rangestart" or "offset" => 0,
                _ => underlying is null ? 0 : null,
            };
            value = number is null ? null : valueType == typeof(long) ? (object)(long)number.Value : number.Value;
            return true;
        }

        if (valueType == typeof(bool))
        {
            value = key is "collaborative" ? false : underlying is null || key is "state" or "public" or "play" ? true : null;
            return true;
        }

        if (valueType == typeof(TimeSpan))
        {
            value = TimeSpan.Zero;
            return true;
        }

        if (valueType.IsEnum)
        {
            value = Enum.GetValues(valueType).GetValue(0);
            return true;
        }

        if (valueType.IsValueType && valueType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpotifyStringValue<>)))
        {
            value = valueType.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(property => property.PropertyType == valueType)?.GetValue(null);
            return value is not null;
        }

        if (valueType == typeof(byte[]))
        {
            value = Jpeg.ToArray();
            return true;
        }

        if (valueType == typeof(ReadOnlyMemory<byte>))
        {
            value = new ReadOnlyMemory<byte>(Jpeg);
            return true;
        }

        if (ElementType(valueType) is { } element)
        {
            object? item;
            if (element == typeof(string))
            {
                item = GuessListItem(key);
                if (item is null)
                {
                    return isNullable;
                }
            }
            else if (!TryGuess(Singular(key), element, isNullable: false, owner, out item) || item is null)
            {
                return isNullable;
            }

            var array = Array.CreateInstance(element, 1);
            array.SetValue(item, 0);
            value = array;
            return true;
        }

        if (valueType.IsClass && valueType.Namespace == typeof(Album).Namespace)
        {
            value = BuildObject(valueType, owner);
            return true;
        }

        return isNullable;
    }

    private static string? GuessString(string key) => key switch
    {
        "market" or "country" => "ES",
        "locale" => "es_ES",
        "q" or "query" => "abba",
        "name" => "Road trip",
        "description" => "Songs for the road",
        "contexturi" => $"spotify:album:{ValidId}",
        "type" => "artist",
        "timerange" => "medium_term",
        "state" => "off",
        "fields" => "items(track(name))",
        "includegroups" => "album",
        "additionaltypes" or "types" => "track",
        _ when key.Contains("image", StringComparison.Ordinal) || key.Contains("jpeg", StringComparison.Ordinal) => Convert.ToBase64String(Jpeg),
        _ when key.EndsWith("uri", StringComparison.Ordinal) => $"spotify:track:{ValidId}",
        _ when key.EndsWith("id", StringComparison.Ordinal) => ValidId,
        _ => null,
    };

    private static string? GuessListItem(string key) => key switch
    {
        _ when key.Contains("uri", StringComparison.Ordinal) => $"spotify:track:{ValidId}",
        _ when key.Contains("genre", StringComparison.Ordinal) => "pop",
        _ when key.Contains("type", StringComparison.Ordinal) => key.Contains("additional", StringComparison.Ordinal) ? "track" : "album",
        _ when key.Contains("group", StringComparison.Ordinal) => "album",
        _ when key.Contains("id", StringComparison.Ordinal) || key is "seedartists" or "seedtracks" => ValidId,
        _ => null,
    };

    private static string Singular(string key) => key.EndsWith('s') ? key[..^1] : key;

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType || !typeof(IEnumerable).IsAssignableFrom(type) || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var element = type.GetGenericArguments()[0];

        // Only interfaces an array satisfies (IReadOnlyList<T>, IEnumerable<T>, ...): a concrete collection type is left to an override.
        return type.IsAssignableFrom(element.MakeArrayType()) ? element : null;
    }
}

/// <summary>The factory could not build a valid request; the message names the record and what is missing.</summary>
internal sealed class RequestFactoryException(string message) : Exception(message);
