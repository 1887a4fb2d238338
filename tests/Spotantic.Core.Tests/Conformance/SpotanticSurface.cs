using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// What the conformance tests see of Spotantic.Core by reflection: every request record with its operation, every
/// typed client interface, and which operation each client method serves.
/// </summary>
internal static class SpotanticSurface
{
    private static readonly Assembly CoreAssembly = typeof(SpotifyRequest).Assembly;

    /// <summary>Every concrete <see cref="SpotifyRequest"/> subclass in Spotantic.Core, public or not.</summary>
    public static IReadOnlyList<Type> RequestTypes { get; } = CoreAssembly.GetTypes()
        .Where(type => type.IsClass && !type.IsAbstract && typeof(SpotifyRequest).IsAssignableFrom(type))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Every request record whose static <c>Definition</c> could be read, with that definition.</summary>
    public static IReadOnlyList<RequestRecord> Records { get; } = RequestTypes
        .Select(type => new RequestRecord(type, ReadDefinition(type)))
        .ToArray();

    /// <summary>Every public <c>I*Client</c> interface in <c>Spotantic.Clients</c>.</summary>
    public static IReadOnlyList<Type> ClientInterfaces { get; } = CoreAssembly.GetExportedTypes()
        .Where(type => type.IsInterface && type.Namespace == typeof(IAlbumsClient).Namespace && type.Name.StartsWith('I') && type.Name.EndsWith("Client", StringComparison.Ordinal))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Every method of every client interface, with what it maps to.</summary>
    public static IReadOnlyList<ClientMethod> ClientMethods { get; } = ClientInterfaces
        .SelectMany(client => client.GetMethods().Select(method => Classify(client, method)))
        .ToArray();

    /// <summary>The spec's groups: the first tag of every operation, in order.</summary>
    public static IReadOnlyList<string> SpecGroups { get; } = SpotifyOpenApiDocument.Instance.Operations
        .Select(operation => operation.Tags[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Groups() => [.. SpecGroups];

    /// <summary>The spec's operations whose first tag is <paramref name="group"/>.</summary>
    public static IReadOnlyList<SpecOperation> SpecOperationsOf(string group) =>
        [.. SpotifyOpenApiDocument.Instance.Operations.Where(operation => operation.Tags[0] == group).OrderBy(operation => operation.Id, StringComparer.Ordinal)];

    /// <summary>The group (first spec tag) an operation id belongs to, or <see langword="null"/> for an id the spec lacks.</summary>
    public static string? GroupOf(string operationId) =>
        SpotifyOpenApiDocument.Instance.Operations.SingleOrDefault(operation => operation.Id == operationId)?.Tags[0];

    /// <summary>The records whose definition names <paramref name="operationId"/>.</summary>
    public static IReadOnlyList<RequestRecord> RecordsFor(string operationId) =>
        [.. Records.Where(record => record.Definition?.Id == operationId)];

    /// <summary>The client interface a group's operations belong on, e.g. <c>IAlbumsClient</c> for Albums.</summary>
    public static Type? ClientFor(string group) => ClientInterfaces.SingleOrDefault(client => client.Name == $"I{group}Client");

    /// <summary>The group a client interface serves, e.g. Albums for <c>IAlbumsClient</c>.</summary>
    public static string GroupOf(Type clientInterface) => clientInterface.Name[1..^"Client".Length];

    /// <summary>Reads a public constant (or static property) of type <see cref="int"/>, e.g. <c>MaxLimit</c>.</summary>
    public static int? IntConstant(Type type, string name)
    {
        if (type.GetField(name, BindingFlags.Public | BindingFlags.Static) is { } field && field.FieldType == typeof(int))
        {
            return (int)(field.IsLiteral ? field.GetRawConstantValue()! : field.GetValue(null)!);
        }

        return type.GetProperty(name, BindingFlags.Public | BindingFlags.Static) is { } property && property.PropertyType == typeof(int)
            ? (int)property.GetValue(null)!
            : null;
    }

    /// <summary>
    /// When <paramref name="returnType"/> is <c>Task&lt;SpotifyResult&lt;TRequest&gt;&gt;</c> or
    /// <c>Task&lt;SpotifyResult&lt;TRequest, TData&gt;&gt;</c>, gives TRequest and TData (null for the first).
    /// </summary>
    public static bool TryReadResultType(Type returnType, out Type request, out Type? data)
    {
        request = typeof(void);
        data = null;
        if (!returnType.IsGenericType || returnType.GetGenericTypeDefinition() != typeof(Task<>))
        {
            return false;
        }

        var result = returnType.GetGenericArguments()[0];
        if (!result.IsGenericType)
        {
            return false;
        }

        var definition = result.GetGenericTypeDefinition();
        if (definition == typeof(SpotifyResult<>))
        {
            request = result.GetGenericArguments()[0];
            return true;
        }

        if (definition == typeof(SpotifyResult<,>))
        {
            request = result.GetGenericArguments()[0];
            data = result.GetGenericArguments()[1];
            return true;
        }

        return false;
    }

    /// <summary>When <paramref name="returnType"/> is <c>IAsyncEnumerable&lt;T&gt;</c>, gives T.</summary>
    public static bool TryReadEnumerableType(Type returnType, out Type item)
    {
        item = typeof(void);
        if (!returnType.IsGenericType || returnType.GetGenericTypeDefinition() != typeof(IAsyncEnumerable<>))
        {
            return false;
        }

        item = returnType.GetGenericArguments()[0];
        return true;
    }

    /// <summary>A readable signature for failure messages, e.g. <c>IAlbumsClient.GetAlbumAsync(String, String, CancellationToken)</c>.</summary>
    public static string Describe(MethodInfo method) =>
        $"{method.DeclaringType?.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(parameter => TypeName(parameter.ParameterType)))})";

    public static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;

    private static SpotifyOperation? ReadDefinition(Type type) =>
        type.GetProperty("Definition", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is { } property && property.PropertyType == typeof(SpotifyOperation)
            ? (SpotifyOperation?)property.GetValue(null)
            : null;

    private static ClientMethod Classify(Type client, MethodInfo method)
    {
        var parameters = method.GetParameters();
        var first = parameters.Length > 0 ? parameters[0].ParameterType : null;
        var firstIsRecord = first is not null && typeof(SpotifyRequest).IsAssignableFrom(first) && !first.IsAbstract;

        if (TryReadResultType(method.ReturnType, out var request, out _) && typeof(SpotifyRequest).IsAssignableFrom(request))
        {
            // A primary method takes the record it returns; any other method returning a record's result is a
            // convenience overload that builds that record from plain parameters.
            var kind = firstIsRecord && first == request ? ClientMethodKind.Primary : ClientMethodKind.Convenience;
            return new ClientMethod(client, method, kind, request);
        }

        if (TryReadEnumerableType(method.ReturnType, out _) && method.Name.StartsWith("Enumerate", StringComparison.Ordinal) && firstIsRecord)
        {
            return new ClientMethod(client, method, ClientMethodKind.Enumerator, first);
        }

        return new ClientMethod(client, method, ClientMethodKind.Unmapped, null);
    }
}

/// <summary>A request record type and the operation its static <c>Definition</c> names (null when it has none).</summary>
internal sealed record RequestRecord(Type Type, SpotifyOperation? Definition)
{
    public override string ToString() => Type.Name;
}

internal enum ClientMethodKind
{
    /// <summary>Takes the request record first and returns its result: the one method an operation maps to.</summary>
    Primary,

    /// <summary>Plain parameters, returns the result of a request record it builds.</summary>
    Convenience,

    /// <summary><c>Enumerate*Async</c> taking the first page's request record.</summary>
    Enumerator,

    /// <summary>Serves no operation that can be named.</summary>
    Unmapped,
}

/// <summary>One client interface method and the request record (hence operation) it serves.</summary>
internal sealed record ClientMethod(Type Client, MethodInfo Method, ClientMethodKind Kind, Type? RequestType)
{
    public string? OperationId => RequestType is null ? null : SpotanticSurface.Records.SingleOrDefault(record => record.Type == RequestType)?.Definition?.Id;

    public override string ToString() => SpotanticSurface.Describe(Method);
}
