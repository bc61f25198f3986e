using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>Reads one catalog file into typed entries, parsing it once; unknown keys and missing required keys are errors.</summary>
internal static class CatalogFileReader
{
    /// <summary>Catalog files are a few hundred lines; anything far larger is not a catalog file.</summary>
    private const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Every type a catalog file holds (CatalogTypesTests checks none is missing).</summary>
    internal static readonly YamlTypes Types = new YamlTypes()
        .Object<Gpu>().List<Gpu>()
        .Object<UnifiedMemorySystem>().List<UnifiedMemorySystem>()
        .Object<Cpu>().List<Cpu>()
        .Object<Motherboard>().List<Motherboard>()
        .Object<MemoryKit>().List<MemoryKit>()
        .Object<StorageDrive>().List<StorageDrive>()
        .Object<PowerSupply>().List<PowerSupply>()
        .Object<CpuCooler>().List<CpuCooler>()
        .Object<PcCase>().List<PcCase>()
        .Object<Accessory>().List<Accessory>()
        .Object<LanguageModel>().List<LanguageModel>()
        .Object<Quantization>().List<Quantization>()
        .Object<PurchaseChannel>().List<PurchaseChannel>()
        .Object<ComponentPrice>()
        .Object<LinearAttentionEntry>().List<LinearAttentionEntry>()
        .Array<ComponentCategory>().Array<GpuClass>().Array<AccessoryKind>()
        .Object<PcieSlot>().List<PcieSlot>()
        .List<string>().List<MemoryModuleKind>().List<FormFactor>().List<InferenceEngine>();

    private static readonly Lazy<IDeserializer> Deserializer = new(() => Types.Deserializer(
        builder => builder
            .WithNamingConvention(CatalogKeys.Naming)
            .WithTypeConverter(new KebabEnumConverter())
            .WithTypeConverter(new NumberRangeConverter())
            .WithTypeMapping<IReadOnlyList<string>, List<string>>()
            .WithTypeMapping<IReadOnlyList<PcieSlot>, List<PcieSlot>>()
            .WithTypeMapping<IReadOnlyList<MemoryModuleKind>, List<MemoryModuleKind>>()
            .WithTypeMapping<IReadOnlyList<FormFactor>, List<FormFactor>>()
            .WithTypeMapping<IReadOnlyList<InferenceEngine>, List<InferenceEngine>>()
            .WithEnforceNullability()
            .WithDuplicateKeyChecking(),
        requiredMembers: true,
        nullability: true,
        duplicateKeys: true,
        new KebabEnumConverter(),
        new NumberRangeConverter()));

    public static CatalogFile<T> Read<T>(string directory, string fileName)
    {
        var text = ReadText(directory, fileName);
        var parser = new EntryTrackingParser(new Parser(new StringReader(text)));
        List<T>? entries;
        try
        {
            entries = Deserializer.Value.Deserialize<List<T>?>(parser);
        }
        catch (YamlException error)
        {
            throw YamlErrorTranslator.Translate(fileName, text, parser, error);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException
                                          or InvalidCastException or NullReferenceException or OverflowException)
        {
            // YamlDotNet lets a few non-YAML exceptions escape on malformed input; they are still a bad file.
            var entry = parser.Entries.Count > 0 ? parser.Entries[^1] : null;
            throw new CatalogException(
                fileName, entry?.Id, (int?)entry?.Start.Line, (int?)entry?.Start.Column, $"cannot be read: {error.Message}", null, error);
        }

        if (entries is null || entries.Count == 0)
        {
            throw new CatalogException(
                fileName, null, null, null, "has no entries (expected a YAML list of entries, each starting with '- id:')");
        }

        return new CatalogFile<T>(fileName, entries, parser.Entries);
    }

    private static string ReadText(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (Directory.Exists(path))
        {
            throw new CatalogException(fileName, null, null, null, $"is a directory in {directory}, expected a YAML file");
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new CatalogException(
                    fileName, null, null, null, $"is {length / (1024.0 * 1024.0):0.#} MB; a catalog file is at most 4 MB");
            }

            return File.ReadAllText(path);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CatalogException(fileName, null, null, null, $"not found in {directory}", null, error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CatalogException(fileName, null, null, null, $"cannot be read: {error.Message}", null, error);
        }
    }
}
