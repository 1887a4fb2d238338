using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Spotantic.Testing.Tests.Support;

/// <summary>
/// A small checker of JSON values against the component schemas of the OpenAPI spec: property names (required ones
/// present, no undeclared ones), types, enums and nullability, through <c>$ref</c>, <c>allOf</c> and <c>oneOf</c>.
/// </summary>
internal sealed class SpecSchemas
{
    private static readonly Lazy<SpecSchemas> Loaded = new(() => new SpecSchemas(Path.Combine(AppContext.BaseDirectory, "spec", "spotify-web-api.openapi.yml")));

    private readonly YamlMappingNode _schemas;

    private SpecSchemas(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        _schemas = (YamlMappingNode)((YamlMappingNode)root["components"])["schemas"];
    }

    public static SpecSchemas Instance => Loaded.Value;

    public static void AssertConforms(JsonElement value, string schemaName)
    {
        var errors = new List<string>();
        Instance.Check(value, Instance.Schema(schemaName), schemaName, errors);
        Assert.True(errors.Count == 0, $"{schemaName}: " + string.Join("; ", errors.Take(20)));
    }

    private YamlMappingNode Schema(string name) => (YamlMappingNode)_schemas[name];

    private YamlMappingNode Resolve(YamlMappingNode schema)
    {
        while (schema.Children.TryGetValue("$ref", out var reference))
        {
            var name = ((YamlScalarNode)reference).Value!.Split('/')[^1];
            schema = Schema(name);
        }

        return schema;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>Flattens allOf: the union of properties and required names, and the first declared type.</summary>
    private (Dictionary<string, YamlMappingNode> Properties, HashSet<string> Required, string? Type, bool Nullable, bool AdditionalProperties, YamlMappingNode? Items, List<string>? Enum, YamlSequenceNode? OneOf) Flatten(YamlMappingNode schema)
    {
        schema = Resolve(schema);
        var properties = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        string? type = Scalar(schema, "type");
        var nullable = Scalar(schema, "nullable") == "true";
        var additional = Scalar(schema, "additionalProperties") == "true";
        YamlMappingNode? items = schema.Children.TryGetValue("items", out var i) ? (YamlMappingNode)i : null;
        List<string>? enumValues = schema.Children.TryGetValue("enum", out var e) ? [.. ((YamlSequenceNode)e).Children.Select(c => ((YamlScalarNode)c).Value!)] : null;
        YamlSequenceNode? oneOf = schema.Children.TryGetValue("oneOf", out var o) ? (YamlSequenceNode)o : null;

        if (schema.Children.TryGetValue("properties", out var props))
        {
            foreach (var (key, value) in ((YamlMappingNode)props).Children)
            {
                properties[((YamlScalarNode)key).Value!] = (YamlMappingNode)value;
            }
        }

        if (schema.Children.TryGetValue("required", out var req))
        {
            foreach (var name in ((YamlSequenceNode)req).Children)
            {
                required.Add(((YamlScalarNode)name).Value!);
            }
        }

        if (schema.Children.TryGetValue("allOf", out var allOf))
        {
            foreach (var part in ((YamlSequenceNode)allOf).Children.Cast<YamlMappingNode>())
            {
                var flat = Flatten(part);
                foreach (var (k, v) in flat.Properties)
                {
                    properties[k] = v;
                }

                required.UnionWith(flat.Required);
                type ??= flat.Type;
                nullable |= flat.Nullable;
                additional |= flat.AdditionalProperties;
                items ??= flat.Items;
                enumValues ??= flat.Enum;
                oneOf ??= flat.OneOf;
            }
        }

        if (type is null && properties.Count > 0)
        {
            type = "object";
        }

        return (properties, required, type, nullable, additional, items, enumValues, oneOf);
    }

    private void Check(JsonElement value, YamlMappingNode schema, string path, List<string> errors)
    {
        var flat = Flatten(schema);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!flat.Nullable)
            {
                errors.Add($"{path} is null but not nullable");
            }

            return;
        }

        if (flat.OneOf is { } oneOf)
        {
            var matched = oneOf.Children.Cast<YamlMappingNode>().Any(option =>
            {
                var optionErrors = new List<string>();
                Check(value, option, path, optionErrors);
                return optionErrors.Count == 0;
            });
            if (!matched)
            {
                errors.Add($"{path} matches none of oneOf");
            }

            return;
        }

        switch (flat.Type)
        {
            case "object":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{path} is {value.ValueKind}, expected object");
                    return;
                }

                foreach (var name in flat.Required)
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}.{name} is required but missing");
                    }
                }

                foreach (var property in value.EnumerateObject())
                {
                    if (flat.Properties.TryGetValue(property.Name, out var propertySchema))
                    {
                        Check(property.Value, propertySchema, $"{path}.{property.Name}", errors);
                    }
                    else if (!flat.AdditionalProperties)
                    {
                        errors.Add($"{path}.{property.Name} is not declared in the schema");
                    }
                }

                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add($"{path} is {value.ValueKind}, expected array");
                    return;
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (flat.Items is not null)
                    {
                        Check(item, flat.Items, $"{path}[{index}]", errors);
                    }

                    index++;
                }

                break;
            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    errors.Add($"{path} is {value.ValueKind}, expected string");
                }
                else if (flat.Enum is not null && !flat.Enum.Contains(value.GetString()!))
                {
                    errors.Add($"{path} = '{value.GetString()}' is not one of {string.Join('|', flat.Enum)}");
                }

                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _))
                {
                    errors.Add($"{path} is {value.ValueKind}, expected integer");
                }

                break;
            case "number":
                if (value.ValueKind != JsonValueKind.Number)
                {
                    errors.Add($"{path} is {value.ValueKind}, expected number");
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{path} is {value.ValueKind}, expected boolean");
                }

                break;
        }
    }
}
