using YamlDotNet.RepresentationModel;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// The descriptions the spec gives to each operation's parameters and request-body properties, keyed like
/// <c>query:ids</c> or <c>body:uris</c>. The spec states most item-count maxima only in this prose
/// ("Maximum: 20 IDs", "A maximum of 100 items can be added in one request"), so the conformance tests check their
/// expected figures against it.
/// </summary>
internal static class SpecItemTexts
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> LazyTexts = new(Load);
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>The texts of <paramref name="operationId"/>: location (<c>query:ids</c>, <c>body:uris</c>) to description.</summary>
    public static IReadOnlyDictionary<string, string> For(string operationId) =>
        LazyTexts.Value.TryGetValue(operationId, out var texts) ? texts : new Dictionary<string, string>();

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "spec", "spotify-web-api.openapi.yml");
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (_, pathNode) in (YamlMappingNode)root["paths"])
        {
            foreach (var method in Methods)
            {
                if (!((YamlMappingNode)pathNode).Children.TryGetValue(new YamlScalarNode(method), out var operationNode))
                {
                    continue;
                }

                var operation = (YamlMappingNode)operationNode;
                var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var parameterNode in Sequence(operation, "parameters"))
                {
                    var parameter = Resolve(root, (YamlMappingNode)parameterNode);
                    var schema = Mapping(parameter, "schema");
                    var description = string.Join("\n", new[] { Scalar(parameter, "description"), schema is null ? null : Scalar(Resolve(root, schema), "description") }.Where(text => text is not null));
                    texts[$"{Scalar(parameter, "in")}:{Scalar(parameter, "name")}"] = description;
                }

                if (Mapping(operation, "requestBody") is { } body
                    && Mapping(Resolve(root, body), "content") is { } content)
                {
                    foreach (var (_, mediaNode) in content)
                    {
                        if (Mapping((YamlMappingNode)mediaNode, "schema") is not { } schema
                            || Mapping(Resolve(root, schema), "properties") is not { } properties)
                        {
                            continue;
                        }

                        foreach (var (name, propertyNode) in properties)
                        {
                            var property = Resolve(root, (YamlMappingNode)propertyNode);
                            texts[$"body:{((YamlScalarNode)name).Value}"] = Scalar(property, "description") ?? string.Empty;
                        }
                    }
                }

                result[Scalar(operation, "operationId")!] = texts;
            }
        }

        return result;
    }

    private static YamlMappingNode Resolve(YamlMappingNode root, YamlMappingNode node)
    {
        while (Scalar(node, "$ref") is { } reference)
        {
            YamlNode target = root;
            foreach (var part in reference.TrimStart('#', '/').Split('/'))
            {
                target = ((YamlMappingNode)target)[part];
            }

            node = (YamlMappingNode)target;
        }

        return node;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence ? sequence.Children : [];
}
