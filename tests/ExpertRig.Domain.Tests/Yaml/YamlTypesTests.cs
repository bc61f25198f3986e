using System.Reflection;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Catalog.Yaml;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Yaml;

namespace ExpertRig.Domain.Tests.Yaml;

/// <summary>
/// Each YAML loader reads through a registry of types (no reflection over unknown types, so Native AOT can read the
/// files). A type a document can reach that its registry lacks would fail only on the file that first uses it; these
/// tests walk every property from each document's root and name what is missing.
/// </summary>
public sealed class YamlTypesTests
{
    public static TheoryData<string> Loaders => ["catalog", "archetypes", "seed claims", "physics constants"];

    [Theory]
    [MemberData(nameof(Loaders))]
    public void EveryTypeADocumentCanReach_IsRegistered(string loader)
    {
        var (types, roots) = loader switch
        {
            "catalog" => (CatalogFileReader.Types, CatalogRoots),
            "archetypes" => (ArchetypeLoader.Types, [typeof(List<ArchetypeEntry>)]),
            "seed claims" => (SeedClaims.Types, [SeedClaims.Types.Types.Single(t => t.Name == "Document")]),
            _ => (PhysicsConstantsLoader.Types, [typeof(PhysicsConstantsLoader.ConstantsDocument)]),
        };

        Missing(types, roots).ShouldBeEmpty();
    }

    [Fact]
    public void EveryEnumACatalogFileCanReach_IsReadByTheKebabCaseConverter()
    {
        var registered = KebabEnumConverter.Enums.ToHashSet();
        var reached = new HashSet<Type>();
        foreach (var type in CatalogFileReader.Types.Types)
        {
            foreach (var property in CatalogFileReader.Types.PropertiesOf(type))
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var item = propertyType.IsArray ? propertyType.GetElementType()!
                    : propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType;
                if (item.IsEnum)
                {
                    reached.Add(item);
                }
            }
        }

        reached.Count.ShouldBeGreaterThan(5);
        reached.Where(type => !registered.Contains(type)).Select(type => type.FullName).ShouldBeEmpty();
    }

    private static readonly Type[] CatalogRoots =
    [
        typeof(List<Gpu>), typeof(List<UnifiedMemorySystem>), typeof(List<Cpu>), typeof(List<Motherboard>),
        typeof(List<MemoryKit>), typeof(List<StorageDrive>), typeof(List<PowerSupply>), typeof(List<CpuCooler>),
        typeof(List<PcCase>), typeof(List<Accessory>), typeof(List<LanguageModel>), typeof(List<Quantization>),
        typeof(List<PurchaseChannel>),
    ];

    // Scalars, enums and NumberRange are read by converters or YamlDotNet's scalar reader; interfaces are mapped to
    // List<T> by each loader's type mappings, so it is the List<T> that must be registered.
    private static List<string> Missing(YamlTypes types, IEnumerable<Type> roots)
    {
        var registered = types.Types.ToHashSet();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type.IsEnum || type.IsPrimitive || type == typeof(string) || type == typeof(NumberRange))
            {
                continue;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
                && (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>)))
            {
                var list = typeof(List<>).MakeGenericType(type.GetGenericArguments());
                if (!registered.Contains(list))
                {
                    missing.Add(Name(list));
                }

                pending.Push(type.GetGenericArguments()[0]);
                continue;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                if (!registered.Contains(type))
                {
                    missing.Add(Name(type));
                }

                pending.Push(type.GetGenericArguments()[1]);
                continue;
            }

            if (type.IsArray)
            {
                if (!registered.Contains(type))
                {
                    missing.Add(Name(type));
                }

                pending.Push(type.GetElementType()!);
                continue;
            }

            if (!registered.Contains(type))
            {
                missing.Add(Name(type));
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => p.SetMethod is { IsPublic: true }))
            {
                pending.Push(property.PropertyType);
            }
        }

        return [.. missing];
    }

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.FullName!;
}
