using System.Reflection;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// No argument may change the route a request goes to. For every operation whose path has an ID segment, each hostile
/// value is either rejected by <c>Validate()</c> (an <see cref="ArgumentException"/> naming the parameter) or escaped
/// by <c>BuildRelativeUri()</c> into exactly that one segment.
/// </summary>
public sealed class RouteSafetyTests
{
    /// <summary>Values that would add or remove a segment, start a query or fragment, or smuggle an escape.</summary>
    private static readonly string[] HostileValues = ["..", ".", "a/b", "a?b", "a#b", "a%2Fb", "a\\b", "", " "];

    private static readonly string[] PathParameterOperations = [.. SpotifyOpenApiDocument.Instance.Operations
        .Where(operation => operation.Path.Contains('{', StringComparison.Ordinal))
        .Select(operation => operation.Id)
        .Order(StringComparer.Ordinal)];

    public static TheoryData<string> OperationsWithPathParameters() => [.. PathParameterOperations];

    [Fact]
    public void OperationsWithPathParameters_Spec_IncludeTheAlbumReads()
    {
        Assert.Contains("get-an-album", PathParameterOperations);
        Assert.Contains("get-an-albums-tracks", PathParameterOperations);
        Assert.DoesNotContain("get-multiple-albums", PathParameterOperations);
    }

    [Theory]
    [MemberData(nameof(OperationsWithPathParameters))]
    public void PathParameter_HostileValue_RejectedByValidateOrEscapedIntoOneSegment(string operationId)
    {
        var operation = SpotifyOpenApiDocument.Instance.Get(operationId);
        var records = SpotanticSurface.RecordsFor(operationId);
        Assert.True(records.Count == 1, records.Count == 0
            ? $"missing: {operationId} ({operation.Method} {operation.Path}) has no request record"
            : $"{operationId}: {records.Count} records ({string.Join(", ", records)})");
        var record = records[0].Type;

        SpotifyRequest sample;
        try
        {
            sample = RequestFactory.Create(record);
        }
        catch (RequestFactoryException exception)
        {
            Assert.Fail($"{operationId}: {exception.Message}");
            throw;
        }

        var template = operation.Path.TrimStart('/').Split('/');
        var (baselinePath, baselineQuery) = Split(sample.BuildRelativeUri());
        var baseline = baselinePath.Split('/');
        Assert.True(baseline.Length == template.Length, $"{operationId}: {record.Name} builds '{baselinePath}' for the template '{operation.Path}'");

        var problems = new List<string>();
        foreach (var (index, parameter) in template.Index().Where(segment => segment.Item.StartsWith('{')).Select(segment => (segment.Index, segment.Item.Trim('{', '}'))))
        {
            if (FindProperty(record, parameter, template.Count(segment => segment.StartsWith('{'))) is not { } property)
            {
                problems.Add($"{record.Name}: no settable string property for path parameter '{parameter}' (expected e.g. {Pascal(parameter)})");
                continue;
            }

            foreach (var hostile in HostileValues)
            {
                SpotifyRequest variant;
                ArgumentException? rejected;
                try
                {
                    variant = RequestFactory.With(sample, property.Name, hostile);
                    rejected = RequestFactory.TryValidate(variant);
                }
                catch (ArgumentException exception)
                {
                    // Rejected by the property's own setter, which is as early as Validate().
                    variant = sample;
                    rejected = exception;
                }

                if (rejected is not null)
                {
                    if (!string.Equals(rejected.ParamName, property.Name, StringComparison.OrdinalIgnoreCase))
                    {
                        problems.Add($"{record.Name}.{property.Name} = '{hostile}': Validate() rejected it but named '{rejected.ParamName}'");
                    }

                    continue;
                }

                string built;
                try
                {
                    built = variant.BuildRelativeUri();
                }
                catch (ArgumentException exception)
                {
                    problems.Add($"{record.Name}.{property.Name} = '{hostile}': Validate() accepted it and BuildRelativeUri() threw ({exception.Message}); Validate() should reject it naming {property.Name}");
                    continue;
                }

                var (path, query) = Split(built);
                var segments = path.Split('/');
                if (segments.Length != template.Length || query != baselineQuery)
                {
                    problems.Add($"{record.Name}.{property.Name} = '{hostile}': built '{built}', which leaves the route '{operation.Path}'");
                }
                else if (segments[index] != Uri.EscapeDataString(hostile))
                {
                    problems.Add($"{record.Name}.{property.Name} = '{hostile}': segment {index} is '{segments[index]}', not the escaped value '{Uri.EscapeDataString(hostile)}'");
                }
                else if (segments.Where((segment, i) => i != index && segment != baseline[i]).Any())
                {
                    problems.Add($"{record.Name}.{property.Name} = '{hostile}': built '{built}', whose other segments differ from '{baselinePath}'");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{operationId}:\n{string.Join("\n", problems)}");
    }

    public static TheoryData<string> AllOperations() => [.. SpotifyOpenApiDocument.Instance.Operations.Select(operation => operation.Id).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(AllOperations))]
    public void BuildRelativeUri_Sample_IsTheSpecTemplateWithItsArgumentsSubstituted(string operationId)
    {
        var operation = SpotifyOpenApiDocument.Instance.Get(operationId);
        var records = SpotanticSurface.RecordsFor(operationId);
        Assert.True(records.Count == 1, records.Count == 0
            ? $"missing: {operationId} ({operation.Method} {operation.Path}) has no request record"
            : $"{operationId}: {records.Count} records ({string.Join(", ", records)})");
        var record = records[0].Type;

        SpotifyRequest sample;
        try
        {
            sample = RequestFactory.Create(record);
        }
        catch (RequestFactoryException exception)
        {
            Assert.Fail($"{operationId}: {exception.Message}");
            throw;
        }

        // Comparing Definition.PathTemplate with the spec says nothing about the path the record actually builds.
        var template = operation.Path.TrimStart('/').Split('/');
        var parameterCount = template.Count(segment => segment.StartsWith('{'));
        var expected = string.Join('/', template.Select(segment =>
        {
            if (!segment.StartsWith('{'))
            {
                return segment;
            }

            var parameter = segment.Trim('{', '}');
            var property = FindProperty(record, parameter, parameterCount);
            Assert.True(property is not null, $"{record.Name}: no settable string property for path parameter '{parameter}' (expected e.g. {Pascal(parameter)})");
            var value = property!.GetValue(sample) as string;
            Assert.False(string.IsNullOrEmpty(value), $"{record.Name}.{property.Name} is empty in the sample, so the path cannot be checked");
            return Uri.EscapeDataString(value!);
        }));

        var (path, _) = Split(sample.BuildRelativeUri());
        Assert.Equal(expected, path);
    }

    private static (string Path, string Query) Split(string relative)
    {
        var end = relative.IndexOfAny(['?', '#']);
        return end < 0 ? (relative, string.Empty) : (relative[..end], relative[end..]);
    }

    private static PropertyInfo? FindProperty(Type record, string parameter, int pathParameterCount)
    {
        var strings = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType == typeof(string) && property.SetMethod is { IsPublic: true })
            .ToArray();
        var key = Normalize(parameter);
        if (strings.SingleOrDefault(property => Normalize(property.Name) == key) is { } exact)
        {
            return exact;
        }

        // "{id}" may be named after what it identifies (ArtistId, TrackId): accept the one positional *Id string.
        var positional = record.GetConstructors().SelectMany(constructor => constructor.GetParameters()).Select(parameterInfo => parameterInfo.Name).ToHashSet(StringComparer.Ordinal);
        var ids = strings.Where(property => property.Name.EndsWith("Id", StringComparison.Ordinal) && positional.Contains(property.Name)).ToArray();
        return pathParameterCount == 1 && ids.Length == 1 ? ids[0] : null;
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static string Pascal(string parameter) => string.Concat(parameter.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
