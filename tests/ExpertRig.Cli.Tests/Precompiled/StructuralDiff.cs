using System.Collections;
using System.Reflection;

namespace ExpertRig.Cli.Tests.Precompiled;

/// <summary>
/// Where two object graphs differ, read through their public members only (computed ones too): values by
/// <see cref="object.Equals(object?)"/>, collections item by item, dictionaries key by key, objects member by member.
/// Independent of the precompiler's writer, so it checks the writer instead of repeating it.
/// </summary>
internal static class StructuralDiff
{
    public static IReadOnlyList<string> Of(object? expected, object? actual, string path)
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences, depth: 0);
        return differences;
    }

    private static void Compare(object? expected, object? actual, string path, List<string> differences, int depth)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {Show(expected)} != {Show(actual)}");
            }

            return;
        }

        if (depth > 24)
        {
            differences.Add($"{path}: nested too deep to compare");
            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal)
        {
            if (!expected.Equals(actual))
            {
                differences.Add($"{path}: {Show(expected)} != {Show(actual)}");
            }

            return;
        }

        if (expected is IDictionary expectedMap && actual is IDictionary actualMap)
        {
            var keys = expectedMap.Keys.Cast<object>().ToList();
            if (!keys.ToHashSet().SetEquals(actualMap.Keys.Cast<object>()))
            {
                differences.Add($"{path}: keys {string.Join(",", keys)} != {string.Join(",", actualMap.Keys.Cast<object>())}");
                return;
            }

            foreach (var key in keys)
            {
                Compare(expectedMap[key], actualMap[key], $"{path}[{key}]", differences, depth + 1);
            }

            return;
        }

        if (expected is IEnumerable expectedItems and not string)
        {
            if (actual is not IEnumerable actualItems)
            {
                differences.Add($"{path}: a collection against {actual.GetType()}");
                return;
            }

            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} items != {right.Count}");
                return;
            }

            for (var i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]", differences, depth + 1);
            }

            // Which collection type holds the items does not matter (an array or a collection expression's list); a
            // collection of our own (a catalog section) also has members of its own to compare.
            if (type.IsArray || type.Name.StartsWith("<>", StringComparison.Ordinal) || type.Assembly != typeof(ExpertRig.Domain.Catalog.Catalog).Assembly)
            {
                return;
            }
        }

        if (actual.GetType() != type)
        {
            differences.Add($"{path}: {type} != {actual.GetType()}");
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length > 0 || (expected is IEnumerable && property.Name == "Count"))
            {
                continue;
            }

            var (left, right) = (Read(property, expected), Read(property, actual));
            Compare(left, right, $"{path}.{property.Name}", differences, depth + 1);
        }
    }

    // A member that throws is compared by the exception's type.
    private static object? Read(PropertyInfo property, object owner)
    {
        try
        {
            return property.GetValue(owner);
        }
        catch (TargetInvocationException error)
        {
            return $"throws {error.InnerException?.GetType().Name}";
        }
    }

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
