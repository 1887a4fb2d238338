using System.Text.Json;

namespace Spotantic.Testing.Tests.Support;

/// <summary>
/// Checks JSON values against the component schemas of the OpenAPI spec, converted to JSON Schema 2020-12 and evaluated
/// by JsonSchema.Net (see <see cref="OpenApiJsonSchema"/>): required properties present, no undeclared ones, types,
/// enums, formats and nullability, through <c>$ref</c>, <c>allOf</c> and <c>oneOf</c>.
/// </summary>
internal static class SpecSchemas
{
    public static void AssertConforms(JsonElement value, string schemaName)
    {
        var errors = OpenApiJsonSchema.ValidateComponent(schemaName, value);
        Assert.True(errors.Count == 0, $"{schemaName}: " + string.Join("; ", errors.Take(20)));
    }

    /// <summary>Asserts that a response body conforms to the schema the spec gives an operation for that status.</summary>
    public static void AssertResponseConforms(JsonElement value, string operationId, int status = 200)
    {
        var errors = OpenApiJsonSchema.ValidateResponse(OpenApiSpec.Instance.Operation(operationId), status, value);
        Assert.True(errors.Count == 0, $"{operationId} {status}: " + string.Join("; ", errors.Take(20)));
    }
}
