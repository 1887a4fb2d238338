using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Spotantic.Requests;

namespace Spotantic.EndToEnd.Tests;

/// <summary>
/// Proves that the end-to-end tests call every Web API operation: each request record (one per operation) is taken by
/// some methods of a typed client, and this assembly's compiled code must call at least one of them.
/// </summary>
public sealed class OperationCoverageTests
{
    [Fact]
    public void EndToEndTests_CallAClientMethodOfEveryOperation()
    {
        var called = ClientMethodsCalledByThisAssembly();
        var clientInterfaces = typeof(ISpotifyClient).GetProperties().Select(p => p.PropertyType).ToArray();
        var records = typeof(SpotifyRequest).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SpotifyRequest)) && !t.IsAbstract && t.IsPublic)
            .ToArray();

        var uncovered = new List<string>();
        foreach (var record in records)
        {
            var methods = clientInterfaces
                .SelectMany(i => i.GetMethods().Select(m => (Interface: i, Method: m)))
                .Where(x => x.Method.GetParameters().Any(p => Unwrap(p.ParameterType) == record))
                .ToArray();
            Assert.True(methods.Length > 0, $"{record.Name} is taken by no typed client method.");
            if (!methods.Any(x => called.Contains((x.Interface.FullName!, x.Method.Name))))
            {
                uncovered.Add($"{record.Name}: none of {string.Join(", ", methods.Select(x => $"{x.Interface.Name}.{x.Method.Name}").Distinct())} is called");
            }
        }

        Assert.Equal(97, records.Length);
        Assert.True(uncovered.Count == 0, "Operations no end-to-end test calls:\n  " + string.Join("\n  ", uncovered));
    }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>The (interface, method name) pairs this assembly's IL references on Spotantic's client interfaces.</summary>
    private static HashSet<(string Type, string Method)> ClientMethodsCalledByThisAssembly()
    {
        using var stream = File.OpenRead(typeof(OperationCoverageTests).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var result = new HashSet<(string, string)>();
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = metadata.GetTypeReference((TypeReferenceHandle)member.Parent);
            var fullName = $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
            if (fullName.StartsWith("Spotantic.Clients.I", StringComparison.Ordinal))
            {
                result.Add((fullName, metadata.GetString(member.Name)));
            }
        }

        Assert.NotEmpty(result);
        return result;
    }
}
