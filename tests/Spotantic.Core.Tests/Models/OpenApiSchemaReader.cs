using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Spotantic.Core.Tests.Models;

/// <summary>A property of a schema, with the flags the models must honour.</summary>
internal sealed record SchemaProperty(bool Deprecated, bool Nullable);

/// <summary>
/// A minimal reader of the OpenAPI document's schemas, responses, request bodies and examples. Examples are built from
/// the property-level <c>example</c> values, following <c>$ref</c>, <c>allOf</c>, <c>oneOf</c> and arrays; a property
/// without an example but with an <c>enum</c> takes the first enum value (so <c>type: track</c> is present).
/// </summary>
internal sealed class OpenApiSchemaReader
{
    private const int MaxDepth = 64;
    private const string SchemaPrefix = "#/components/schemas/";
    private const string ResponsePrefix = "#/components/responses/";
    private static readonly Lazy<OpenApiSchemaReader> LazyInstance = new(Load);
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly YamlMappingNode _root;

    private OpenApiSchemaReader(YamlMappingNode root) => _root = root;

    public static OpenApiSchemaReader Instance => LazyInstance.Value;

    /// <summary>Builds the example of a component schema; <paramref name="oneOf"/> picks the alternative (by schema name) of every <c>oneOf</c>.</summary>
    public JsonNode BuildSchemaExample(string schemaName, string? oneOf = null)
        => BuildExample(GetSchema(schemaName), oneOf, 0) ?? throw new InvalidOperationException($"Schema {schemaName} has no example.");

    /// <summary>Builds the example of a component response's JSON body.</summary>
    public JsonNode BuildResponseExample(string responseName, string? oneOf = null)
    {
        YamlMappingNode response = Mapping(Mapping(Mapping(_root, "components"), "responses"), responseName);
        YamlMappingNode schema = Mapping(Mapping(Mapping(response, "content"), "application/json"), "schema");
        return BuildExample(schema, oneOf, 0) ?? throw new InvalidOperationException($"Response {responseName} has no example.");
    }

    /// <summary>Gets the schema-level example of an operation's JSON request body, or <see langword="null"/> when it has none.</summary>
    public JsonNode? GetRequestBodyExample(string operationId)
    {
        YamlMappingNode schema = GetRequestBodySchema(operationId);
        return TryGet(schema, "example") is { } example ? ConvertExample(example, Scalar(schema, "type"), null) : null;
    }

    /// <summary>Gets the properties of an operation's JSON request body and, for each, whether it is required.</summary>
    public IReadOnlyDictionary<string, bool> GetRequestBodyProperties(string operationId)
    {
        YamlMappingNode schema = GetRequestBodySchema(operationId);
        HashSet<string> required = TryGet(schema, "required") is YamlSequenceNode list
            ? list.Children.Select(node => ((YamlScalarNode)node).Value!).ToHashSet(StringComparer.Ordinal)
            : [];
        return Mapping(schema, "properties").Children.Keys
            .Select(key => ((YamlScalarNode)key).Value!)
            .ToDictionary(name => name, required.Contains, StringComparer.Ordinal);
    }

    /// <summary>Gets the properties of the items of an array property of an operation's JSON request body.</summary>
    public IReadOnlyList<string> GetRequestBodyItemProperties(string operationId, string arrayProperty)
    {
        YamlMappingNode items = Mapping(Mapping(Mapping(GetRequestBodySchema(operationId), "properties"), arrayProperty), "items");
        return Mapping(items, "properties").Children.Keys.Select(key => ((YamlScalarNode)key).Value!).ToList();
    }

    /// <summary>Gets the operation IDs with a JSON request body.</summary>
    public IReadOnlyList<string> GetOperationsWithJsonBody()
        => GetOperations()
            .Where(operation => TryGet(operation, "requestBody") is YamlMappingNode body
                && TryGet(Mapping(body, "content"), "application/json") is not null)
            .Select(operation => Scalar(operation, "operationId")!)
            .ToList();

    /// <summary>
    /// Gets, for every operation, the component response it returns with a 2xx status and a JSON body (operations whose
    /// success responses have no body are left out).
    /// </summary>
    public IReadOnlyList<(string OperationId, string ResponseName)> GetSuccessResponses()
    {
        var result = new List<(string, string)>();
        YamlMappingNode components = Mapping(Mapping(_root, "components"), "responses");
        foreach (YamlMappingNode operation in GetOperations())
        {
            string operationId = Scalar(operation, "operationId")!;
            foreach ((YamlNode code, YamlNode value) in Mapping(operation, "responses").Children)
            {
                if (!((YamlScalarNode)code).Value!.StartsWith('2'))
                {
                    continue;
                }

                string? reference = Scalar((YamlMappingNode)value, "$ref");
                if (reference is null)
                {
                    Assert.True(TryGet((YamlMappingNode)value, "content") is null, $"Operation {operationId} has an inline {((YamlScalarNode)code).Value} response with a body.");
                    continue;
                }

                Assert.StartsWith(ResponsePrefix, reference, StringComparison.Ordinal);
                string name = reference[ResponsePrefix.Length..];
                if (TryGet(Mapping(components, name), "content") is YamlMappingNode content && TryGet(content, "application/json") is not null)
                {
                    result.Add((operationId, name));
                }
            }
        }

        return result;
    }

    /// <summary>Gets the properties of a schema (following <c>allOf</c>), or of an inline object property of it when <paramref name="inlineProperty"/> is given.</summary>
    public Dictionary<string, SchemaProperty> GetProperties(string schemaName, string? inlineProperty = null)
    {
        YamlMappingNode schema = GetSchema(schemaName);
        if (inlineProperty is not null)
        {
            schema = Mapping(Mapping(schema, "properties"), inlineProperty);
        }

        var properties = new Dictionary<string, SchemaProperty>(StringComparer.Ordinal);
        CollectProperties(schema, properties, 0);
        return properties;
    }

    /// <summary>Gets the properties of a component response's JSON body (following <c>$ref</c> and <c>allOf</c>).</summary>
    public Dictionary<string, SchemaProperty> GetResponseProperties(string responseName)
    {
        YamlMappingNode response = Mapping(Mapping(Mapping(_root, "components"), "responses"), responseName);
        YamlMappingNode schema = Mapping(Mapping(Mapping(response, "content"), "application/json"), "schema");
        var properties = new Dictionary<string, SchemaProperty>(StringComparer.Ordinal);
        CollectProperties(schema, properties, 0);
        return properties;
    }

    /// <summary>Gets the enum values of a property of a schema, looking into its <c>allOf</c> parts.</summary>
    public List<string> GetEnum(string schemaName, string propertyName)
    {
        YamlMappingNode property = FindProperty(GetSchema(schemaName), propertyName, 0)
            ?? throw new KeyNotFoundException($"{schemaName} has no property {propertyName}.");
        return ((YamlSequenceNode)property.Children[new YamlScalarNode("enum")]).Children
            .Select(node => ((YamlScalarNode)node).Value ?? "")
            .ToList();
    }

    private static OpenApiSchemaReader Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "spec", "spotify-web-api.openapi.yml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return new OpenApiSchemaReader((YamlMappingNode)stream.Documents[0].RootNode);
    }

    private IEnumerable<YamlMappingNode> GetOperations()
    {
        foreach ((YamlNode _, YamlNode pathNode) in Mapping(_root, "paths").Children)
        {
            var pathItem = (YamlMappingNode)pathNode;
            foreach (string method in Methods)
            {
                if (TryGet(pathItem, method) is YamlMappingNode operation)
                {
                    yield return operation;
                }
            }
        }
    }

    private YamlMappingNode GetRequestBodySchema(string operationId)
    {
        YamlMappingNode operation = GetOperations().Single(operation => Scalar(operation, "operationId") == operationId);
        return Mapping(Mapping(Mapping(Mapping(operation, "requestBody"), "content"), "application/json"), "schema");
    }

    private YamlMappingNode GetSchema(string name) => Mapping(Mapping(Mapping(_root, "components"), "schemas"), name);

    private YamlMappingNode Resolve(YamlMappingNode schema)
    {
        if (Scalar(schema, "$ref") is { } reference)
        {
            Assert.StartsWith(SchemaPrefix, reference, StringComparison.Ordinal);
            return GetSchema(reference[SchemaPrefix.Length..]);
        }

        return schema;
    }

    private YamlMappingNode? FindProperty(YamlMappingNode schema, string propertyName, int depth)
    {
        Assert.True(depth < MaxDepth, "Schema nesting too deep.");
        schema = Resolve(schema);
        if (TryGet(schema, "properties") is YamlMappingNode own && TryGet(own, propertyName) is YamlMappingNode found)
        {
            return found;
        }

        if (TryGet(schema, "allOf") is YamlSequenceNode allOf)
        {
            foreach (YamlMappingNode part in allOf.Children.Cast<YamlMappingNode>())
            {
                if (FindProperty(part, propertyName, depth + 1) is { } inPart)
                {
                    return inPart;
                }
            }
        }

        return null;
    }

    private void CollectProperties(YamlMappingNode schema, Dictionary<string, SchemaProperty> properties, int depth)
    {
        Assert.True(depth < MaxDepth, "Schema nesting too deep.");
        schema = Resolve(schema);
        if (TryGet(schema, "allOf") is YamlSequenceNode allOf)
        {
            foreach (YamlMappingNode part in allOf.Children.Cast<YamlMappingNode>())
            {
                CollectProperties(part, properties, depth + 1);
            }
        }

        if (TryGet(schema, "properties") is YamlMappingNode own)
        {
            foreach ((YamlNode key, YamlNode value) in own.Children)
            {
                var property = (YamlMappingNode)value;
                properties[((YamlScalarNode)key).Value!] = new SchemaProperty(
                    Deprecated: Scalar(property, "deprecated") == "true",
                    Nullable: Scalar(property, "nullable") == "true");
            }
        }
    }

    private JsonNode? BuildExample(YamlMappingNode schema, string? oneOf, int depth)
    {
        Assert.True(depth < MaxDepth, "Schema nesting too deep.");
        schema = Resolve(schema);
        string? type = Scalar(schema, "type");

        if (TryGet(schema, "example") is { } example)
        {
            return ConvertExample(example, type, TryGet(schema, "items") as YamlMappingNode);
        }

        if (type == "array")
        {
            JsonNode? item = TryGet(schema, "items") is YamlMappingNode items ? BuildExample(items, oneOf, depth + 1) : null;
            return item is null ? null : new JsonArray(item);
        }

        if (TryGet(schema, "oneOf") is YamlSequenceNode alternatives)
        {
            List<YamlMappingNode> options = alternatives.Children.Cast<YamlMappingNode>().ToList();
            YamlMappingNode chosen = oneOf is null
                ? options[0]
                : options.SingleOrDefault(option => Scalar(option, "$ref") == SchemaPrefix + oneOf) ?? options[0];
            return BuildExample(chosen, oneOf, depth + 1);
        }

        JsonObject? result = null;
        if (TryGet(schema, "allOf") is YamlSequenceNode allOf)
        {
            foreach (YamlMappingNode part in allOf.Children.Cast<YamlMappingNode>())
            {
                JsonNode? built = BuildExample(part, oneOf, depth + 1);
                if (built is JsonObject builtObject)
                {
                    result ??= [];
                    foreach ((string key, JsonNode? value) in builtObject.ToList())
                    {
                        builtObject.Remove(key);
                        result[key] = value;
                    }
                }
                else if (built is not null)
                {
                    return built;
                }
            }
        }

        if (TryGet(schema, "properties") is YamlMappingNode properties)
        {
            result ??= [];
            foreach ((YamlNode key, YamlNode value) in properties.Children)
            {
                var property = (YamlMappingNode)value;
                JsonNode? built = BuildExample(property, oneOf, depth + 1) ?? FirstEnumValue(Resolve(property));
                if (built is not null)
                {
                    result[((YamlScalarNode)key).Value!] = built;
                }
            }
        }

        return result ?? (type == "object" ? new JsonObject() : null);
    }

    private static JsonNode? FirstEnumValue(YamlMappingNode schema)
        => TryGet(schema, "enum") is YamlSequenceNode values && values.Children.Count > 0
            ? ConvertExample(values.Children[0], Scalar(schema, "type"), null)
            : null;

    private static JsonNode? ConvertExample(YamlNode example, string? type, YamlMappingNode? itemsSchema)
    {
        switch (example)
        {
            case YamlSequenceNode sequence:
                string? itemType = itemsSchema is null ? null : Scalar(itemsSchema, "type");
                return new JsonArray(sequence.Children.Select(child => ConvertExample(child, itemType, null)).ToArray());
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach ((YamlNode key, YamlNode value) in mapping.Children)
                {
                    obj[((YamlScalarNode)key).Value!] = ConvertExample(value, null, null);
                }

                return obj;
            case YamlScalarNode scalar:
                string text = scalar.Value ?? "";
                bool plain = scalar.Style is YamlDotNet.Core.ScalarStyle.Plain;
                return type switch
                {
                    "integer" => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
                    "number" => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
                    "boolean" => JsonValue.Create(bool.Parse(text)),
                    "string" => JsonValue.Create(text),
                    _ when plain && text is "null" or "~" => null,
                    _ when plain && bool.TryParse(text, out bool boolean) => JsonValue.Create(boolean),
                    _ when plain && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long integer) => JsonValue.Create(integer),
                    _ when plain && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) => JsonValue.Create(number),
                    _ => JsonValue.Create(text),
                };
            default:
                throw new NotSupportedException($"Unexpected YAML node {example.NodeType}.");
        }
    }

    private static YamlNode? TryGet(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => (TryGet(node, key) as YamlScalarNode)?.Value;

    private static YamlMappingNode Mapping(YamlMappingNode node, string key)
        => TryGet(node, key) as YamlMappingNode ?? throw new KeyNotFoundException($"Missing mapping '{key}' in the spec.");
}
