using System.Reflection;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>The shape every request record has: a public sealed record with a static Definition and its own Validate.</summary>
public sealed class RequestConventionTests
{
    [Fact]
    public void RequestTypes_Found_IncludeTheAlbumsRecords()
    {
        Assert.Contains(typeof(GetAlbumRequest), SpotanticSurface.RequestTypes);
        Assert.Contains(typeof(SaveAlbumsForUserRequest), SpotanticSurface.RequestTypes);
    }

    [Fact]
    public void RequestTypes_Every_IsAPublicSealedRecord()
    {
        var wrong = SpotanticSurface.RequestTypes
            .Where(type => !type.IsPublic || !type.IsSealed || type.GetMethod("<Clone>$") is null)
            .Select(type => $"{type.Name}: {(type.IsPublic ? string.Empty : "not public; ")}{(type.IsSealed ? string.Empty : "not sealed; ")}{(type.GetMethod("<Clone>$") is null ? "not a record" : string.Empty)}")
            .ToArray();

        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void RequestTypes_Every_HasAPublicStaticDefinitionThatOperationReturns()
    {
        var wrong = new List<string>();
        foreach (var type in SpotanticSurface.RequestTypes)
        {
            var property = type.GetProperty("Definition", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
            if (property is null || property.PropertyType != typeof(SpotifyOperation) || property.GetValue(null) is not SpotifyOperation definition)
            {
                wrong.Add($"{type.Name}: no non-null 'public static SpotifyOperation Definition'");
                continue;
            }

            if (!TryCreate(type, out var request, out var error))
            {
                wrong.Add($"{type.Name}: cannot check Operation: {error}");
            }
            else if (!ReferenceEquals(definition, request.Operation))
            {
                wrong.Add($"{type.Name}: Operation does not return Definition");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void RequestTypes_Every_OverridesValidateAndBuildRelativeUri()
    {
        var wrong = SpotanticSurface.RequestTypes
            .SelectMany(type => new[] { nameof(SpotifyRequest.Validate), "BuildRelativeUri" }
                .Where(name => type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)?.DeclaringType != type)
                .Select(name => $"{type.Name}: does not override {name} itself"))
            .ToArray();

        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }

    private static bool TryCreate(Type type, out SpotifyRequest request, out string? error)
    {
        try
        {
            request = RequestFactory.Create(type);
            error = null;
            return true;
        }
        catch (RequestFactoryException exception)
        {
            request = null!;
            error = exception.Message;
            return false;
        }
    }
}
