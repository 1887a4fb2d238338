using System.Collections;
using System.Reflection;

namespace Spotantic.Fuzz.Tests.Support;

/// <summary>
/// Walks a deserialized model graph and reports every property declared non-nullable that holds <see langword="null"/>:
/// the place a caller would later hit a <see cref="NullReferenceException"/>.
/// </summary>
internal static class NullSafety
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<string> FindNullViolations(object root)
    {
        var violations = new List<string>();
        Walk(root, "$", violations, depth: 0);
        return violations;
    }

    private static void Walk(object value, string path, List<string> violations, int depth)
    {
        if (depth > 12)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || value is string or decimal or DateTimeOffset or DateTime or TimeSpan or Uri || type.IsEnum)
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                if (item is not null)
                {
                    Walk(item, $"{path}[{index}]", violations, depth + 1);
                }

                index++;
            }

            return;
        }

        if (type.Namespace?.StartsWith("Spotantic", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var propertyValue = property.GetValue(value);
            if (propertyValue is null)
            {
                if (!property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.NotNull)
                {
                    violations.Add($"{path}.{property.Name}");
                }

                continue;
            }

            Walk(propertyValue, $"{path}.{property.Name}", violations, depth + 1);
        }
    }
}
