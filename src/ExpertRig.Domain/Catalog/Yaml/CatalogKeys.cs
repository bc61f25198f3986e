using System.Collections.Concurrent;
using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>The YAML keys each catalog type accepts, as the deserializer spells them (for "did you mean").</summary>
internal static class CatalogKeys
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Cache = new();

    // The object types a catalog file can hold: those the reader registers (no scan of the assembly).
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> TypesByName = new(() => CatalogFileReader.Types.Types
        .Where(type => !type.IsGenericType)
        .ToDictionary(type => type.Name, StringComparer.Ordinal));

    public static INamingConvention Naming => UnderscoredNamingConvention.Instance;

    public static IReadOnlyList<string> Of(Type type) => Cache.GetOrAdd(type, static t => CatalogFileReader.Types
        .PropertiesOf(t)
        .Where(property => property.GetCustomAttribute<YamlIgnoreAttribute>() is null)
        .Select(KeyOf)
        .ToArray());

    /// <summary>Finds a catalog type by the short or full name YamlDotNet puts in its messages.</summary>
    public static Type? FindType(string name)
    {
        var shortName = name[(name.LastIndexOf('.') + 1)..];
        return TypesByName.Value.GetValueOrDefault(shortName);
    }

    public static string KeyOf(PropertyInfo property)
    {
        var member = property.GetCustomAttribute<YamlMemberAttribute>();
        if (member?.Alias is { } alias)
        {
            return member.ApplyNamingConventions ? Naming.Apply(alias) : alias;
        }

        return Naming.Apply(property.Name);
    }
}
