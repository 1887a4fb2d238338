using YamlDotNet.RepresentationModel;

namespace Spotantic.Core.Tests.TestSupport;

/// <summary>The operations of the OpenAPI spec the test project copies to its output, read with YamlDotNet.</summary>
public sealed class SpotifyOpenApiDocument
{
    private static readonly Lazy<SpotifyOpenApiDocument> LazyInstance = new(Load);
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private SpotifyOpenApiDocument(IReadOnlyList<SpecOperation> operations) => Operations = operations;

    public static SpotifyOpenApiDocument Instance => LazyInstance.Value;

    public IReadOnlyList<SpecOperation> Operations { get; }

    public SpecOperation Get(string operationId) =>
        Operations.SingleOrDefault(operation => operation.Id == operationId)
        ?? throw new InvalidOperationException($"The spec has no operation '{operationId}'.");

    private static SpotifyOpenApiDocument Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "spec", "spotify-web-api.openapi.yml");
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var parameters = (YamlMappingNode)((YamlMappingNode)root["components"])["parameters"];

        var operations = new List<SpecOperation>();
        foreach (var (pathKey, pathNode) in (YamlMappingNode)root["paths"])
        {
            var pathItem = (YamlMappingNode)pathNode;
            foreach (var method in Methods)
            {
                if (!pathItem.Children.TryGetValue(new YamlScalarNode(method), out var operationNode))
                {
                    continue;
                }

                var operation = (YamlMappingNode)operationNode;
                operations.Add(new SpecOperation(
                    Id: Scalar(operation, "operationId")!,
                    Method: new HttpMethod(method.ToUpperInvariant()),
                    Path: ((YamlScalarNode)pathKey).Value!,
                    Tags: Sequence(operation, "tags").Select(node => ((YamlScalarNode)node).Value!).ToArray(),
                    IsDeprecated: Scalar(operation, "deprecated") == "true",
                    Scopes: ReadScopes(operation),
                    Parameters: Sequence(operation, "parameters").Select(node => ReadParameter((YamlMappingNode)node, parameters)).ToArray()));
            }
        }

        return new SpotifyOpenApiDocument(operations);
    }

    private static string[] ReadScopes(YamlMappingNode operation) =>
        Sequence(operation, "security")
            .Cast<YamlMappingNode>()
            .SelectMany(requirement => requirement.Children.Values)
            .Cast<YamlSequenceNode>()
            .SelectMany(scopes => scopes.Children)
            .Select(scope => ((YamlScalarNode)scope).Value!)
            .ToArray();

    private static SpecParameter ReadParameter(YamlMappingNode node, YamlMappingNode components)
    {
        if (Scalar(node, "$ref") is { } reference)
        {
            node = (YamlMappingNode)components[reference["#/components/parameters/".Length..]];
        }

        var schema = node.Children.TryGetValue(new YamlScalarNode("schema"), out var schemaNode) ? (YamlMappingNode)schemaNode : null;
        return new SpecParameter(
            Name: Scalar(node, "name")!,
            In: Scalar(node, "in")!,
            Required: Scalar(node, "required") == "true",
            Maximum: schema is not null && Scalar(schema, "maximum") is { } maximum ? int.Parse(maximum, System.Globalization.CultureInfo.InvariantCulture) : null,
            Description: schema is null ? null : Scalar(schema, "description"));
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence ? sequence.Children : [];
}

public sealed record SpecOperation(string Id, HttpMethod Method, string Path, IReadOnlyList<string> Tags, bool IsDeprecated, IReadOnlyList<string> Scopes, IReadOnlyList<SpecParameter> Parameters);

public sealed record SpecParameter(string Name, string In, bool Required, int? Maximum, string? Description);
