using System.Reflection;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// The conventions every typed client follows, by reflection over every public <c>I*Client</c> interface in
/// <c>Spotantic.Clients</c>: names end in Async, the cancellation token comes last with a default, and each method
/// returns a typed result or an async stream.
/// </summary>
public sealed class ClientConventionTests
{
    public static TheoryData<Type> Clients() => [.. SpotanticSurface.ClientInterfaces];

    [Fact]
    public void ClientInterfaces_Found_OnePerSpecGroup()
    {
        var names = SpotanticSurface.ClientInterfaces.Select(client => client.Name).ToArray();

        Assert.Equal(SpotanticSurface.SpecGroups.Select(group => $"I{group}Client").Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void Methods_EveryMethod_EndsInAsync(Type client)
    {
        var wrong = client.GetMethods().Where(method => !method.Name.EndsWith("Async", StringComparison.Ordinal)).Select(SpotanticSurface.Describe).ToArray();

        Assert.True(wrong.Length == 0, $"Methods not ending in Async:\n{string.Join("\n", wrong)}");
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void Methods_EveryMethod_TakesADefaultedCancellationTokenLast(Type client)
    {
        var wrong = client.GetMethods()
            .Where(method => method.GetParameters() is not [.., { ParameterType: var type, HasDefaultValue: true }] || type != typeof(CancellationToken))
            .Select(SpotanticSurface.Describe)
            .ToArray();
        var extra = client.GetMethods()
            .Where(method => method.GetParameters().SkipLast(1).Any(parameter => parameter.ParameterType == typeof(CancellationToken)))
            .Select(SpotanticSurface.Describe)
            .ToArray();

        Assert.True(wrong.Length == 0, $"Methods whose last parameter is not 'CancellationToken cancellationToken = default':\n{string.Join("\n", wrong)}");
        Assert.True(extra.Length == 0, $"Methods with a CancellationToken before the last parameter:\n{string.Join("\n", extra)}");
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void Methods_EveryMethod_ReturnsATypedResultOrAnEnumerator(Type client)
    {
        var wrong = new List<string>();
        foreach (var method in client.GetMethods())
        {
            var isEnumerator = method.Name.StartsWith("Enumerate", StringComparison.Ordinal);
            if (SpotanticSurface.TryReadResultType(method.ReturnType, out var request, out _))
            {
                if (!typeof(SpotifyRequest).IsAssignableFrom(request) || request.IsAbstract)
                {
                    wrong.Add($"{SpotanticSurface.Describe(method)}: the result's TRequest {request.Name} is not a request record");
                }
                else if (isEnumerator)
                {
                    wrong.Add($"{SpotanticSurface.Describe(method)}: named Enumerate*Async but returns a single result");
                }
            }
            else if (SpotanticSurface.TryReadEnumerableType(method.ReturnType, out _))
            {
                if (!isEnumerator)
                {
                    wrong.Add($"{SpotanticSurface.Describe(method)}: returns IAsyncEnumerable<T> but is not named Enumerate*Async");
                }
            }
            else
            {
                wrong.Add($"{SpotanticSurface.Describe(method)}: returns {SpotanticSurface.TypeName(method.ReturnType)}, not Task<SpotifyResult<TRequest>>, Task<SpotifyResult<TRequest, TData>> or IAsyncEnumerable<T>");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void Methods_EveryMethod_ServesAnOperation(Type client)
    {
        var unmapped = SpotanticSurface.ClientMethods
            .Where(method => method.Client == client && (method.Kind == ClientMethodKind.Unmapped || method.OperationId is null))
            .Select(method => method.ToString())
            .ToArray();

        Assert.True(unmapped.Length == 0, $"Methods that serve no spec operation (each must take a request record, return its result, or be an Enumerate*Async taking one):\n{string.Join("\n", unmapped)}");
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void Methods_ResultAndItemTypes_AreRegisteredInTheJsonContext(Type client)
    {
        var missing = new List<string>();
        foreach (var method in client.GetMethods())
        {
            Type? data = null;
            if (SpotanticSurface.TryReadResultType(method.ReturnType, out _, out var resultData))
            {
                data = resultData;
            }
            else if (SpotanticSurface.TryReadEnumerableType(method.ReturnType, out var item))
            {
                data = item;
            }

            if (data is not null && SpotifyJsonContext.Default.GetTypeInfo(data) is null)
            {
                missing.Add($"{SpotanticSurface.Describe(method)}: {SpotanticSurface.TypeName(data)} is not in SpotifyJsonContext");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void SpotifyClient_EveryClientInterface_IsExposedAsExactlyOneProperty()
    {
        var properties = typeof(ISpotifyClient).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var wrong = SpotanticSurface.ClientInterfaces
            .Select(client => (Client: client, Count: properties.Count(property => property.PropertyType == client && property.CanRead)))
            .Where(entry => entry.Count != 1)
            .Select(entry => $"{entry.Client.Name}: {entry.Count} ISpotifyClient properties")
            .ToArray();

        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }
}
