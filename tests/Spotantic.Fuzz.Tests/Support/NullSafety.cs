using System.Collections;
using System.Reflection;

namespace Spotantic.Fuzz.Tests.Support;

/// <summary>
/// Walks a deserialized model graph and reports every property or list item declared non-nullable that holds
/// <see langword="null"/>: the place a caller would later hit a <see cref="NullReferenceException"/>.
/// </summary>
internal static class NullSafety
{
    public static IReadOnlyList<string> FindNullViolations(object root)
    {
        // NullabilityInfoContext is not thread-safe, and the properties run in parallel: one per walk.
        var violations = new List<string>();
        Walk(root, null, "$", violations, new NullabilityInfoContext(), depth: 0);
        return violations;
    }

    private static void Walk(object value, NullabilityInfo? info, string path, List<string> violations, NullabilityInfoContext nullability, int depth)
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
            // The declared item of an array or of a generic list such as IReadOnlyList<Album?>.
            var item = info?.ElementType ?? (info?.GenericTypeArguments is [var only] ? only : null);
            var index = 0;
            foreach (var element in sequence)
            {
                if (element is not null)
                {
                    Walk(element, item, $"{path}[{index}]", violations, nullability, depth + 1);
                }
                else if (item is { ReadState: NullabilityState.NotNull } && !item.Type.IsValueType)
                {
                    violations.Add($"{path}[{index}]");
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
            var propertyInfo = nullability.Create(property);
            if (propertyValue is null)
            {
                if (!property.PropertyType.IsValueType && propertyInfo.ReadState == NullabilityState.NotNull)
                {
                    violations.Add($"{path}.{property.Name}");
                }

                continue;
            }

            Walk(propertyValue, propertyInfo, $"{path}.{property.Name}", violations, nullability, depth + 1);
        }
    }
}
