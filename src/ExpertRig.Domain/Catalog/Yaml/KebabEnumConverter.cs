using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Serialization;
using ExpertRig.Domain.Physics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>
/// Reads ExpertRig enums from their kebab-case spelling (<c>open-air</c>, <c>multi-head-latent</c>) or an explicit
/// <see cref="EnumMemberAttribute"/> value (<c>12v-2x6</c>, <c>llama.cpp</c>), and names the allowed values when
/// a value is wrong. Inference engines use the CLI spellings of <see cref="EngineNames"/>.
/// </summary>
internal sealed class KebabEnumConverter : IYamlTypeConverter
{
    private static readonly Dictionary<Type, Lazy<IReadOnlyDictionary<string, object>>> Spellings = Registry();

    /// <summary>The enum types this converter reads (every ExpertRig enum; a test checks the catalog reaches no other).</summary>
    public static IEnumerable<Type> Enums => Spellings.Keys;

    public static IReadOnlyDictionary<string, object> SpellingsOf(Type enumType) => Spellings[enumType].Value;

    public bool Accepts(Type type) => Spellings.ContainsKey(type);

    // Listed by type argument, so the trimmer keeps each enum's fields (the spellings are read from them).
    private static Dictionary<Type, Lazy<IReadOnlyDictionary<string, object>>> Registry()
    {
        var registry = new Dictionary<Type, Lazy<IReadOnlyDictionary<string, object>>>();
        void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
            where T : struct, Enum => registry[typeof(T)] = new(static () => typeof(T)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .ToDictionary(
                    field => typeof(T) == typeof(InferenceEngine)
                        ? EngineNames.Display((InferenceEngine)field.GetValue(null)!)
                        : field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? KebabCase.Of(field.Name),
                    field => field.GetValue(null)!,
                    StringComparer.Ordinal));

        Add<global::ExpertRig.Domain.Builds.ComponentCategory>();
        Add<global::ExpertRig.Domain.Catalog.AccessoryKind>();
        Add<global::ExpertRig.Domain.Catalog.AtxVersion>();
        Add<global::ExpertRig.Domain.Catalog.CaseAirflow>();
        Add<global::ExpertRig.Domain.Catalog.CoolerKind>();
        Add<global::ExpertRig.Domain.Catalog.DramType>();
        Add<global::ExpertRig.Domain.Catalog.EfficiencyRating>();
        Add<global::ExpertRig.Domain.Catalog.FormFactor>();
        Add<global::ExpertRig.Domain.Catalog.GpuClass>();
        Add<global::ExpertRig.Domain.Catalog.GpuCooler>();
        Add<global::ExpertRig.Domain.Catalog.LaneSource>();
        Add<global::ExpertRig.Domain.Catalog.MemoryModuleKind>();
        Add<global::ExpertRig.Domain.Catalog.OperatingSystemKind>();
        Add<global::ExpertRig.Domain.Catalog.PowerConnectorKind>();
        Add<global::ExpertRig.Domain.Catalog.PriceBasis>();
        Add<global::ExpertRig.Domain.Catalog.QuantFormat>();
        Add<global::ExpertRig.Domain.Catalog.SoftwareStack>();
        Add<global::ExpertRig.Domain.Catalog.StorageInterface>();
        Add<global::ExpertRig.Domain.Catalog.StorageKind>();
        Add<global::ExpertRig.Domain.Facts.FindingKind>();
        Add<global::ExpertRig.Domain.Files.FileType>();
        Add<global::ExpertRig.Domain.Physics.AttentionKind>();
        Add<global::ExpertRig.Domain.Physics.DeviceClass>();
        Add<global::ExpertRig.Domain.Physics.ExpertOffloadMode>();
        Add<global::ExpertRig.Domain.Physics.InferenceEngine>();
        Add<global::ExpertRig.Domain.Physics.KvCacheType>();
        Add<global::ExpertRig.Domain.Physics.ParallelismMode>();
        Add<global::ExpertRig.Domain.Physics.PerformanceBound>();
        Add<global::ExpertRig.Domain.Physics.WeightFormatFamily>();
        Add<global::ExpertRig.Domain.Profiles.Circuit>();
        Add<global::ExpertRig.Domain.Profiles.OperatingSystemChoice>();
        Add<global::ExpertRig.Domain.Profiles.Priority>();
        Add<global::ExpertRig.Domain.Profiles.Privacy>();
        return registry;
    }

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        var spellings = SpellingsOf(type);
        if (spellings.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        throw new CatalogYamlException(
            scalar.Start, scalar.End, $"'{scalar.Value}' is not one of: {string.Join(", ", spellings.Keys)}");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer)
    {
        var spelling = SpellingsOf(type).First(pair => pair.Value.Equals(value)).Key;
        emitter.Emit(new Scalar(spelling));
    }
}
