using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Spotantic.Testing.Tests.Support;

/// <summary>
/// Turns OpenAPI 3.0 schemas into JSON Schema draft 2020-12 and validates JSON against them with JsonSchema.Net.
/// </summary>
/// <remarks>
/// <para>The conversion:</para>
/// <list type="bullet">
/// <item><c>$ref: '#/components/schemas/X'</c> becomes <c>$ref: '#/$defs/X'</c>, with every component schema in <c>$defs</c>;
/// as in OpenAPI 3.0, keywords beside a <c>$ref</c> are ignored.</item>
/// <item><c>nullable: true</c> adds <c>"null"</c> to <c>type</c> (and to <c>enum</c>); without a <c>type</c> (e.g. beside
/// <c>allOf</c>) the schema becomes <c>anyOf: [{type: null}, schema]</c>. A description that says "Can be `null`" counts
/// as <c>nullable: true</c>, as the spec states some nullable properties only in prose.</item>
/// <item>OpenAPI 3.0's boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> become the numeric 2020-12 keywords.</item>
/// <item>OpenAPI-only keywords are dropped: <c>discriminator</c> (the <c>oneOf</c> decides), <c>example</c>, <c>xml</c>,
/// <c>externalDocs</c>, <c>x-*</c>, and the OpenAPI data-type formats <c>int32</c>, <c>int64</c>, <c>float</c>,
/// <c>double</c>; <c>date-time</c> and the other JSON Schema formats are validated.</item>
/// <item>Objects are closed: where a schema describes a value (a response, a property, an array item, a <c>oneOf</c>
/// branch) and does not say <c>additionalProperties</c>, it gets <c>unevaluatedProperties: false</c>, so a property the
/// spec does not declare is reported (a misspelt field would otherwise pass). Parts of an <c>allOf</c> stay open, because
/// <c>unevaluatedProperties</c> on the whole sees the properties every part declares.</item>
/// </list>
/// </remarks>
internal static class OpenApiJsonSchema
{
    private static readonly ConcurrentDictionary<string, (JsonSchema Open, JsonSchema Closed)> Cache = new(StringComparer.Ordinal);

    private static readonly HashSet<string> DroppedKeywords = new(StringComparer.Ordinal)
    {
        "nullable", "discriminator", "example", "examples", "xml", "externalDocs",
    };

    private static readonly HashSet<string> OpenApiFormats = new(StringComparer.Ordinal) { "int32", "int64", "float", "double" };

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
    };

    private static readonly Lazy<JsonObject> Definitions = new(() => ConvertDefinitions(OpenApiSpec.Instance.Schemas));

    /// <summary>Converts a whole set of component schemas into a <c>$defs</c> object.</summary>
    public static JsonObject ConvertDefinitions(JsonObject components)
    {
        var defs = new JsonObject();
        foreach (var (name, schema) in components)
        {
            defs[name] = Convert(schema!, closed: false);
        }

        return defs;
    }

    /// <summary>
    /// The JSON Schema document for an OpenAPI schema: the converted schema at the root, with <paramref name="definitions"/>
    /// (converted component schemas) as <c>$defs</c>.
    /// </summary>
    public static JsonObject ToDocument(JsonNode openApiSchema, JsonObject definitions)
    {
        var root = Convert(openApiSchema, closed: true);
        var document = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema" };
        foreach (var (key, value) in root)
        {
            document[key] = value?.DeepClone();
        }

        document["$defs"] = definitions.DeepClone();
        return document;
    }

    /// <summary>Converts one OpenAPI schema (not its references) to JSON Schema 2020-12.</summary>
    /// <param name="schema">The OpenAPI schema.</param>
    /// <param name="closed">Whether the schema describes a whole value, so that undeclared properties are refused.</param>
    public static JsonObject Convert(JsonNode schema, bool closed)
    {
        var source = schema.AsObject();
        if (source["$ref"]?.GetValue<string>() is { } reference)
        {
            var target = new JsonObject { ["$ref"] = ConvertReference(reference) };
            if (closed)
            {
                target["unevaluatedProperties"] = false;
            }

            return target;
        }

        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (DroppedKeywords.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            switch (key)
            {
                case "properties":
                    var properties = new JsonObject();
                    foreach (var (name, property) in value!.AsObject())
                    {
                        properties[name] = Convert(property!, closed: true);
                    }

                    result[key] = properties;
                    break;
                case "items":
                    result[key] = Convert(value!, closed: true);
                    break;
                case "additionalProperties" or "not":
                    result[key] = value is JsonObject nested ? Convert(nested, closed: true) : value?.DeepClone();
                    break;
                case "allOf":
                    result[key] = new JsonArray([.. value!.AsArray().Select(part => (JsonNode)Convert(part!, closed: false))]);
                    break;
                case "oneOf" or "anyOf":
                    result[key] = new JsonArray([.. value!.AsArray().Select(part => (JsonNode)Convert(part!, closed: true))]);
                    break;
                case "format" when OpenApiFormats.Contains(value!.GetValue<string>()):
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum" when value is JsonValue flag && flag.TryGetValue<bool>(out var exclusive):
                    var bound = key == "exclusiveMinimum" ? "minimum" : "maximum";
                    if (exclusive && source[bound] is { } limit)
                    {
                        result[key] = limit.DeepClone();
                        result.Remove(bound);
                    }

                    break;
                case "minimum" or "maximum" when source["exclusiveM" + key[1..]] is JsonValue exclusiveFlag && exclusiveFlag.TryGetValue<bool>(out var isExclusive) && isExclusive:
                    break;
                default:
                    result[key] = value?.DeepClone();
                    break;
            }
        }

        var describesObject = result.ContainsKey("properties") || result.ContainsKey("allOf") || result.ContainsKey("oneOf") || result.ContainsKey("anyOf");
        if (closed && describesObject && !result.ContainsKey("additionalProperties") && !result.ContainsKey("unevaluatedProperties"))
        {
            result["unevaluatedProperties"] = false;
        }

        if ((source["nullable"] is JsonValue nullable && nullable.TryGetValue<bool>(out var isNullable) && isNullable) || SaysNullable(source))
        {
            result = MakeNullable(result);
        }

        return result;
    }

    // Some properties the spec documents as nullable only in prose ("Can be `null`."), e.g. the queue's
    // currently_playing, which Spotify sends as null when nothing plays.
    private static bool SaysNullable(JsonObject source) =>
        source["description"] is JsonValue description && description.TryGetValue<string>(out var text)
        && text.Contains("Can be `null`", StringComparison.Ordinal);

    /// <summary>Validates a value against an operation's response schema for a status; empty when it conforms.</summary>
    public static IReadOnlyList<string> ValidateResponse(SpecOperation operation, int status, JsonElement value)
    {
        var schema = operation.JsonResponseSchema(status) ?? throw new ArgumentException($"{operation} declares no JSON body for {status}.", nameof(status));
        return ValidateCached($"response:{operation.OperationId}:{status}", schema, value);
    }

    /// <summary>
    /// Validates a value against the JSON body of a shared response of the spec (<c>#/components/responses/{name}</c>,
    /// e.g. <c>Unauthorized</c> or <c>TooManyRequests</c>); empty when it conforms.
    /// </summary>
    public static IReadOnlyList<string> ValidateSharedResponse(string responseName, JsonElement value)
    {
        var schema = OpenApiSpec.Instance.Document["components"]?["responses"]?[responseName]?["content"]?["application/json"]?["schema"]
            ?? throw new ArgumentException($"No shared response '{responseName}' with a JSON body in the spec.", nameof(responseName));
        return ValidateCached("shared-response:" + responseName, schema, value);
    }

    /// <summary>Validates a value against a component schema of the spec; empty when it conforms.</summary>
    public static IReadOnlyList<string> ValidateComponent(string schemaName, JsonElement value)
    {
        if (!OpenApiSpec.Instance.Schemas.ContainsKey(schemaName))
        {
            throw new ArgumentException($"No component schema '{schemaName}' in the spec.", nameof(schemaName));
        }

        return ValidateCached("component:" + schemaName, new JsonObject { ["$ref"] = "#/components/schemas/" + schemaName }, value);
    }

    /// <summary>
    /// Validates against a JSON Schema document built by <see cref="ToDocument"/>: first with its objects opened, so that
    /// a wrong type or a missing field is reported as such; only when that passes, as written, for undeclared properties.
    /// </summary>
    /// <remarks>
    /// The two passes keep the report precise: a subschema that fails for one field contributes no evaluated properties,
    /// so a single closed evaluation would also call every other field of that object undeclared.
    /// </remarks>
    public static IReadOnlyList<string> Validate(JsonObject document, JsonElement value)
    {
        var errors = Validate(FromDocument(Open(document), NewUri()), value);
        return errors.Count > 0 ? errors : Validate(FromDocument(document, NewUri()), value);
    }

    /// <summary>A copy of a converted document without <c>unevaluatedProperties: false</c>: every object open.</summary>
    public static JsonObject Open(JsonObject document)
    {
        var copy = document.DeepClone().AsObject();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o["unevaluatedProperties"] is JsonValue v && v.TryGetValue<bool>(out var allowed) && !allowed)
                    {
                        o.Remove("unevaluatedProperties");
                    }

                    foreach (var (_, child) in o)
                    {
                        Strip(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Strip(child);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Validates a development-mode answer: as <see cref="ValidateResponse"/>, except that the properties the spec marks
    /// <c>deprecated</c> may be missing (Spotify withholds them from development-mode apps); any it sends must still match.
    /// </summary>
    public static IReadOnlyList<string> ValidateResponseWithoutDeprecated(SpecOperation operation, int status, JsonElement value)
    {
        var schema = operation.JsonResponseSchema(status) ?? throw new ArgumentException($"{operation} declares no JSON body for {status}.", nameof(status));
        return ValidateCached($"response-without-deprecated:{operation.OperationId}:{status}", schema, value, deprecatedOptional: true);
    }

    /// <summary>A copy of a converted document in which no deprecated property is required.</summary>
    /// <remarks>
    /// A schema's <c>required</c> may name properties another part declares (<c>allOf</c> parts, referenced
    /// definitions): the deprecated ones are looked up in all of them.
    /// </remarks>
    public static JsonObject WithDeprecatedOptional(JsonObject document)
    {
        var copy = document.DeepClone().AsObject();
        var definitions = copy["$defs"] as JsonObject ?? [];
        Relax(copy);
        return copy;

        void Relax(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o["required"] is JsonArray required)
                    {
                        var deprecated = new HashSet<string>(StringComparer.Ordinal);
                        CollectDeprecated(o, deprecated, []);
                        foreach (var name in required.Where(r => deprecated.Contains(r!.GetValue<string>())).ToList())
                        {
                            required.Remove(name);
                        }
                    }

                    foreach (var (_, child) in o)
                    {
                        Relax(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Relax(child);
                    }

                    break;
            }
        }

        // The deprecated properties a schema declares itself, through allOf parts and through references.
        void CollectDeprecated(JsonObject schema, HashSet<string> deprecated, HashSet<string> visited)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal)
                && visited.Add(reference) && definitions[reference["#/$defs/".Length..]] is JsonObject target)
            {
                CollectDeprecated(target, deprecated, visited);
            }

            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    if (property?["deprecated"] is JsonValue d && d.TryGetValue<bool>(out var isDeprecated) && isDeprecated)
                    {
                        deprecated.Add(name);
                    }
                }
            }

            if (schema["allOf"] is JsonArray parts)
            {
                foreach (var part in parts.OfType<JsonObject>())
                {
                    CollectDeprecated(part, deprecated, visited);
                }
            }
        }
    }

    private static List<string> ValidateCached(string key, JsonNode openApiSchema, JsonElement value, bool deprecatedOptional = false)
    {
        var (open, closed) = Cache.GetOrAdd(key, k =>
        {
            var document = ToDocument(openApiSchema, Definitions.Value);
            if (deprecatedOptional)
            {
                document = WithDeprecatedOptional(document);
            }

            return (FromDocument(Open(document), NewUri()), FromDocument(document, NewUri()));
        });
        var errors = Validate(open, value);
        return errors.Count > 0 ? errors : Validate(closed, value);
    }

    private static Uri NewUri() => new("https://spotantic.test/schemas/" + Guid.NewGuid().ToString("N"));

    private static JsonSchema FromDocument(JsonObject document, Uri baseUri) =>
        JsonSchema.FromText(document.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, baseUri);

    /// <summary>
    /// The failures of an evaluation: where in the value (a JSON pointer), which schema keyword, and why. For a failed
    /// <c>oneOf</c>/<c>anyOf</c> only the closest branch is reported (see <see cref="Collect"/>).
    /// </summary>
    private static List<string> Validate(JsonSchema schema, JsonElement value)
    {
        var results = schema.Evaluate(value, Options);
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<Failure>();
        Collect(results, errors);
        return errors.Count > 0
            ? [.. errors.Select(e => e.ToString()).Distinct(StringComparer.Ordinal)]
            : ["/: the value does not conform (no detail reported)"];
    }

    private static void Collect(EvaluationResults node, List<Failure> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        if (node.Errors is { Count: > 0 } own)
        {
            var where = node.InstanceLocation.ToString();
            foreach (var (keyword, message) in own)
            {
                // unevaluatedProperties: false reports each extra property as failing the false schema, without a keyword.
                var text = keyword.Length == 0 && message.Contains("false schema", StringComparison.Ordinal)
                    ? "property not declared in the spec's schema"
                    : $"{keyword}: {message}";
                errors.Add(new Failure(where.Length == 0 ? "/" : where, keyword, text, node.EvaluationPath.ToString()));
            }
        }

        // Of the failing branches of a oneOf/anyOf, report only the closest one: that is the branch the value was meant
        // to match, and the others would only list every field of a different object. A branch whose very type differs
        // (e.g. the "null" of a nullable value) is the farthest; then the fewer failures, the closer.
        foreach (var group in (node.Details ?? []).GroupBy(BranchGroup))
        {
            if (group.Key is null)
            {
                foreach (var child in group)
                {
                    Collect(child, errors);
                }

                continue;
            }

            if (group.Any(c => c.IsValid))
            {
                continue;
            }

            var closest = group
                .Select(c =>
                {
                    var branch = new List<Failure>();
                    Collect(c, branch);
                    var location = c.InstanceLocation.ToString();
                    var typeMismatch = branch.Any(f => f.Keyword is "type" or "const" or "enum" && (f.Location == (location.Length == 0 ? "/" : location) || f.Location.EndsWith("/type", StringComparison.Ordinal)));
                    return (Failures: branch, TypeMismatch: typeMismatch);
                })
                .OrderBy(b => b.TypeMismatch)
                .ThenBy(b => b.Failures.Count)
                .First();
            errors.AddRange(closest.Failures);
        }
    }

    private sealed record Failure(string Location, string Keyword, string Text, string SchemaPath)
    {
        public override string ToString() => $"{Location}: {Text} (schema {SchemaPath})";
    }

    /// <summary>The evaluation path of the <c>oneOf</c>/<c>anyOf</c> a result is a branch of, or null.</summary>
    private static string? BranchGroup(EvaluationResults result)
    {
        var path = result.EvaluationPath.ToString();
        var last = path.LastIndexOf('/');
        if (last <= 0 || !int.TryParse(path.AsSpan(last + 1), out _))
        {
            return null;
        }

        var parent = path[..last];
        return parent.EndsWith("/oneOf", StringComparison.Ordinal) || parent.EndsWith("/anyOf", StringComparison.Ordinal) ? parent : null;
    }

    private static string ConvertReference(string reference)
    {
        const string prefix = "#/components/schemas/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only component schema references are supported: '{reference}'.");
        }

        return "#/$defs/" + reference[prefix.Length..];
    }

    private static JsonObject MakeNullable(JsonObject schema)
    {
        if (schema["type"] is { } type)
        {
            var types = type is JsonArray array ? [.. array.Select(t => t!.GetValue<string>())] : new List<string> { type.GetValue<string>() };
            if (!types.Contains("null"))
            {
                types.Add("null");
            }

            schema["type"] = new JsonArray([.. types.Select(t => (JsonNode)JsonValue.Create(t))]);
            if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
            {
                values.Add(null);
            }

            return schema;
        }

        // No type to widen (e.g. allOf: [$ref] with nullable): null or the schema, keeping the annotations outside.
        var wrapper = new JsonObject();
        foreach (var annotation in new[] { "description", "title", "deprecated", "default" })
        {
            if (schema[annotation] is { } note)
            {
                wrapper[annotation] = note.DeepClone();
                schema.Remove(annotation);
            }
        }

        wrapper["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema);
        return wrapper;
    }
}
