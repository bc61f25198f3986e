using System.Reflection;
using System.Text.Json.Serialization;
using ExpertRig.Cli.Output;

namespace ExpertRig.Cli.Tests.Output;

/// <summary>
/// The JSON output is source-generated (Native AOT has no reflection-based serializer), so every enum it can reach
/// needs its own generic converter in the options, or it would be written as a number.
/// </summary>
public sealed class JsonContextTests
{
    [Fact]
    public void EveryEnumTheJsonOutputCanReach_HasAKebabCaseConverter()
    {
        var context = typeof(JsonOutput).Assembly.GetType("ExpertRig.Cli.Output.JsonContext", throwOnError: true)!;
        var roots = context.GetCustomAttributesData()
            .Where(attribute => attribute.AttributeType == typeof(JsonSerializableAttribute))
            .Select(attribute => (Type)attribute.ConstructorArguments[0].Value!)
            .ToList();
        roots.Count.ShouldBeGreaterThan(10, "the context's serializable types could not be read");

        var missing = EnumsReachableFrom(roots)
            .Where(type => !JsonOutput.Options.Converters.Any(converter => converter.CanConvert(type)))
            .Select(type => type.FullName)
            .ToList();

        missing.ShouldBeEmpty();
    }

    private static HashSet<Type> EnumsReachableFrom(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var enums = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                enums.Add(type);
                continue;
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Push(argument);
            }

            if (type.IsArray)
            {
                pending.Push(type.GetElementType()!);
            }

            if (type.Namespace?.StartsWith("ExpertRig.", StringComparison.Ordinal) == true)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    pending.Push(property.PropertyType);
                }
            }
        }

        return enums;
    }
}
