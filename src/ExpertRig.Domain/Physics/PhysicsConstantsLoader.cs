using ExpertRig.Domain.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ExpertRig.Domain.Physics;

/// <summary>
/// Reads <c>catalog/physics/constants.yaml</c> into <see cref="PhysicsConstants"/>: unknown keys, missing keys and
/// out-of-range values are errors that name the file, the line or the key.
/// </summary>
public static class PhysicsConstantsLoader
{
    /// <summary>The constants file's path relative to the application's base directory.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("catalog", "physics", "constants.yaml");

    private static readonly Lazy<PhysicsConstants> Default = new(() => PrecompiledData.Installed?.PhysicsConstants() ?? Load(Path.Combine(AppContext.BaseDirectory, DefaultRelativePath)));

    /// <summary>The constants shipped beside the application (loaded once).</summary>
    public static PhysicsConstants LoadDefault() => Default.Value;

    /// <summary>Loads constants from a YAML file.</summary>
    public static PhysicsConstants Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PhysicsDataException($"{path}: the physics constants file is missing; it ships in rules/catalog/physics/constants.yaml.");
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses constants from YAML text; <paramref name="sourceName"/> names the text in errors.</summary>
    public static PhysicsConstants Parse(string yaml, string sourceName)
    {
        ConstantsDocument document;
        try
        {
            var deserializer = Types.Deserializer(builder => builder.WithNamingConvention(UnderscoredNamingConvention.Instance));
            document = deserializer.Deserialize<ConstantsDocument?>(yaml)
                ?? throw new PhysicsDataException($"{sourceName}: the file is empty.");
        }
        catch (YamlException error)
        {
            throw new PhysicsDataException($"{sourceName}:{error.Start.Line}: {YamlMessages.Describe(error)}", error);
        }

        return new ConstantsValidator(sourceName).Validate(document);
    }

    /// <summary>The types a constants file holds.</summary>
    internal static readonly YamlTypes Types = new YamlTypes()
        .Object<ConstantsDocument>()
        .Object<DecodeSection>()
        .Object<DeviceClassSection>().List<DeviceClassSection>()
        .Object<BackendSection>().List<BackendSection>()
        .Object<ChipSection>().List<ChipSection>()
        .Object<InterconnectSection>()
        .Object<MemorySection>()
        .Object<PowerSection>()
        .List<int>()
        .Dictionary<int, double>()
        .Dictionary<string, double>();

    /// <summary>The YAML document, as YamlDotNet fills it (every key nullable so that missing keys can be named).</summary>
    internal sealed class ConstantsDocument
    {
        public DecodeSection? Decode { get; set; }

        public List<DeviceClassSection>? DeviceClasses { get; set; }

        public InterconnectSection? Interconnect { get; set; }

        public MemorySection? Memory { get; set; }

        public PowerSection? Power { get; set; }
    }

    internal sealed class DecodeSection
    {
        public double? UnquantizedStreamFactor { get; set; }

        public double? LayerSplitHopMs { get; set; }

        public double? CpuBandwidthEfficiency { get; set; }

        public double? CpuExpertLayerUs { get; set; }

        public string? Source { get; set; }
    }

    internal sealed class DeviceClassSection
    {
        public string? Class { get; set; }

        public double? BandwidthEfficiency { get; set; }

        public double? PerLayerOverheadUs { get; set; }

        public double? AttentionNsPerCachedToken { get; set; }

        public double? MoeLayerOverheadUs { get; set; }

        public double? PromptComputeEfficiency { get; set; }

        public double? BatchedDecodeComputeEfficiency { get; set; }

        public double? RuntimeOverheadGb { get; set; }

        public double? UsableMemoryFraction { get; set; }

        public string? Backend { get; set; }

        public List<BackendSection>? OtherBackends { get; set; }

        public string? BackendChoice { get; set; }

        public List<ChipSection>? Chips { get; set; }

        public string? Source { get; set; }
    }

    internal sealed class ChipSection
    {
        public string? Chip { get; set; }

        public double? BandwidthEfficiency { get; set; }

        public string? Source { get; set; }
    }

    internal sealed class BackendSection
    {
        public string? Backend { get; set; }

        public double? BandwidthEfficiency { get; set; }

        public double? PerLayerOverheadUs { get; set; }

        public double? AttentionNsPerCachedToken { get; set; }

        public double? MoeLayerOverheadUs { get; set; }

        public double? PromptComputeEfficiency { get; set; }

        public string? Source { get; set; }
    }

    internal sealed class InterconnectSection
    {
        public Dictionary<int, double>? PcieGbsPerLane { get; set; }

        public double? PcieAllReduceLatencyUs { get; set; }

        public double? NvlinkAllReduceLatencyUs { get; set; }

        public double? ActivationBytesPerElement { get; set; }

        public string? Source { get; set; }
    }

    internal sealed class MemorySection
    {
        public Dictionary<string, double>? KvBytesPerElement { get; set; }

        public int? ComputeBufferUbatchTokens { get; set; }

        public double? ComputeBufferHiddenWidths { get; set; }

        public double? VllmGpuMemoryUtilization { get; set; }

        public double? SystemRamReservedGb { get; set; }

        public double? Mxfp4ExpertBits { get; set; }

        public double? Mxfp4OtherBits { get; set; }

        public string? Source { get; set; }
    }

    internal sealed class PowerSection
    {
        public double? PsuMaxLoadFraction { get; set; }

        public double? PsuEfficiency { get; set; }

        public double? ContinuousLoadFraction { get; set; }

        public double? DualPsuAboveWatts { get; set; }

        public double? MaxSinglePsuWatts { get; set; }

        public List<int>? StandardPsuWatts { get; set; }

        public string? Source { get; set; }
    }
}
