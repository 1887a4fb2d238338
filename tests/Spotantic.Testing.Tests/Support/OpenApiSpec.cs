using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spotantic.Testing.Tests.Support;

/// <summary>One operation of the OpenAPI spec, with its parameters and responses resolved.</summary>
internal sealed record SpecOperation(
    string OperationId,
    string Method,
    string Path,
    bool Deprecated,
    IReadOnlyList<SpecParameter> Parameters,
    JsonObject? RequestBody,
    IReadOnlyDictionary<string, JsonObject> Responses)
{
    /// <summary>The 2xx statuses the spec declares, e.g. <c>200</c> and <c>204</c>.</summary>
    public IReadOnlyList<int> SuccessStatuses =>
        [.. Responses.Keys.Where(k => k.StartsWith('2')).Select(k => int.Parse(k, CultureInfo.InvariantCulture)).Order()];

    /// <summary>The JSON schema (OpenAPI dialect) of a response status, or null when that response has no JSON body.</summary>
    public JsonNode? JsonResponseSchema(int status) =>
        Responses.TryGetValue(status.ToString(CultureInfo.InvariantCulture), out var response) &&
        response["content"]?["application/json"]?["schema"] is { } schema
            ? schema
            : null;

    public override string ToString() => $"{Method} {Path} ({OperationId})";
}

/// <summary>A parameter of an operation: where it goes (<c>path</c> or <c>query</c>), its name and whether it is required.</summary>
internal sealed record SpecParameter(string In, string Name, bool Required, JsonNode? Schema);

/// <summary>
/// The OpenAPI document <c>spec/spotify-web-api.openapi.yml</c>, read once per test run into <see cref="JsonNode"/>s
/// (YAML scalars typed as JSON: plain <c>true</c>, numbers and <c>null</c> become JSON values, quoted ones stay strings).
/// </summary>
internal sealed class OpenApiSpec
{
    private static readonly Lazy<OpenApiSpec> Loaded = new(() => new OpenApiSpec(Path.Combine(AppContext.BaseDirectory, "spec", "spotify-web-api.openapi.yml")));

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private OpenApiSpec(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        Document = (JsonObject)ToJson(stream.Documents[0].RootNode)!;
        Schemas = Document["components"]!["schemas"]!.AsObject();
        Operations = [.. ReadOperations()];
    }

    public static OpenApiSpec Instance => Loaded.Value;

    /// <summary>The whole document as JSON.</summary>
    public JsonObject Document { get; }

    /// <summary><c>components.schemas</c>.</summary>
    public JsonObject Schemas { get; }

    /// <summary>Every operation, in the order of the document.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    public SpecOperation Operation(string operationId) =>
        Operations.SingleOrDefault(o => o.OperationId == operationId) ?? throw new ArgumentException($"No operation '{operationId}' in the spec.", nameof(operationId));

    /// <summary>Follows a local <c>$ref</c> such as <c>#/components/responses/NotFound</c>.</summary>
    public JsonNode Resolve(JsonNode node)
    {
        while (node is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference)
        {
            JsonNode current = Document;
            foreach (var part in reference.TrimStart('#', '/').Split('/'))
            {
                current = current[part] ?? throw new InvalidOperationException($"Dangling $ref '{reference}'.");
            }

            node = current;
        }

        return node;
    }

    private IEnumerable<SpecOperation> ReadOperations()
    {
        foreach (var (path, itemNode) in Document["paths"]!.AsObject())
        {
            var item = itemNode!.AsObject();
            var shared = item["parameters"]?.AsArray() ?? [];
            foreach (var method in Methods)
            {
                if (item[method] is not JsonObject operation)
                {
                    continue;
                }

                var parameters = shared.Concat(operation["parameters"]?.AsArray() ?? [])
                    .Select(p => Resolve(p!).AsObject())
                    .Select(p => new SpecParameter(
                        p["in"]!.GetValue<string>(),
                        p["name"]!.GetValue<string>(),
                        p["required"]?.GetValue<bool>() == true,
                        p["schema"]))
                    .ToArray();
                var body = operation["requestBody"] is { } b ? Resolve(b).AsObject() : null;
                var responses = operation["responses"]!.AsObject()
                    .ToDictionary(r => r.Key, r => Resolve(r.Value!).AsObject(), StringComparer.Ordinal);
                yield return new SpecOperation(
                    operation["operationId"]!.GetValue<string>(),
                    method.ToUpperInvariant(),
                    path,
                    operation["deprecated"]?.GetValue<bool>() == true,
                    parameters,
                    body,
                    responses);
            }
        }
    }

    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var result = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    result[((YamlScalarNode)key).Value!] = ToJson(value);
                }

                return result;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var child in sequence.Children)
                {
                    array.Add(ToJson(child));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start}.");
        }
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        switch (text)
        {
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
            case "null" or "Null" or "NULL" or "~" or "":
                return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && char.IsAsciiDigit(text[^1]))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }
}
