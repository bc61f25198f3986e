using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExpertRig.Cli.Output;

/// <summary>
/// Writes every ExpertRig enum as its kebab-case name. One generic converter per enum type, because the non-generic
/// <see cref="JsonStringEnumConverter"/> makes its converter type at run time, which Native AOT cannot; a test
/// (<c>JsonContextTests</c>) fails when an enum the JSON output can reach is missing here.
/// </summary>
internal static class JsonEnums
{
    private static readonly JsonNamingPolicy Policy = JsonNamingPolicy.KebabCaseLower;

    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        new JsonStringEnumConverter<Domain.Builds.ComponentCategory>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.AccessoryKind>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.AtxVersion>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.CaseAirflow>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.CoolerKind>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.DramType>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.EfficiencyRating>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.FormFactor>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.GpuClass>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.GpuCooler>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.LaneSource>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.MemoryModuleKind>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.OperatingSystemKind>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.PowerConnectorKind>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.PriceBasis>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.QuantFormat>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.SoftwareStack>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.StorageInterface>(Policy),
        new JsonStringEnumConverter<Domain.Catalog.StorageKind>(Policy),
        new JsonStringEnumConverter<Domain.Facts.FindingKind>(Policy),
        new JsonStringEnumConverter<Domain.Files.FileType>(Policy),
        new JsonStringEnumConverter<Domain.Physics.AttentionKind>(Policy),
        new JsonStringEnumConverter<Domain.Physics.DeviceClass>(Policy),
        new JsonStringEnumConverter<Domain.Physics.ExpertOffloadMode>(Policy),
        new JsonStringEnumConverter<Domain.Physics.InferenceEngine>(Policy),
        new JsonStringEnumConverter<Domain.Physics.KvCacheType>(Policy),
        new JsonStringEnumConverter<Domain.Physics.ParallelismMode>(Policy),
        new JsonStringEnumConverter<Domain.Physics.PerformanceBound>(Policy),
        new JsonStringEnumConverter<Domain.Physics.WeightFormatFamily>(Policy),
        new JsonStringEnumConverter<Domain.Profiles.Circuit>(Policy),
        new JsonStringEnumConverter<Domain.Profiles.OperatingSystemChoice>(Policy),
        new JsonStringEnumConverter<Domain.Profiles.Priority>(Policy),
        new JsonStringEnumConverter<Domain.Profiles.Privacy>(Policy),
        new JsonStringEnumConverter<Engine.CauseKind>(Policy),
        new JsonStringEnumConverter<Engine.Dsl.RuleRepeatability>(Policy),
    ];
}
