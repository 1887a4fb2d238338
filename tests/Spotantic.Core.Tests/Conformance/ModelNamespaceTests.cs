using Spotantic.Models;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// <c>Models/ModelRegistrationTests</c> proves every public type of the <c>Spotantic.Models</c> namespace is in the
/// JSON context; it looks at that namespace exactly, so this keeps a model from escaping it into a sub-namespace.
/// </summary>
public sealed class ModelNamespaceTests
{
    [Fact]
    public void ExportedTypes_ModelsSubNamespaces_None()
    {
        var outside = typeof(Album).Assembly.GetExportedTypes()
            .Where(type => type.Namespace?.StartsWith(typeof(Album).Namespace + ".", StringComparison.Ordinal) == true)
            .Select(type => type.FullName)
            .ToArray();

        Assert.True(outside.Length == 0, $"Models outside the Spotantic.Models namespace, which the registration test does not see:\n{string.Join("\n", outside)}");
    }
}
