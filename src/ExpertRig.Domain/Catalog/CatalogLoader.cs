using System.Runtime.ExceptionServices;
using ExpertRig.Domain.Catalog.Validation;
using ExpertRig.Domain.Catalog.Yaml;

namespace ExpertRig.Domain.Catalog;

/// <summary>Loads and validates the YAML catalog; every file is parsed once and the default catalog only once per process.</summary>
public static class CatalogLoader
{
    private static readonly Lazy<Catalog> DefaultCatalog = new(() => Load(DefaultDirectory));

    /// <summary>The catalog files, in load order.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "gpus.yaml", "systems.yaml", "cpus.yaml", "boards.yaml", "memory.yaml", "storage.yaml",
        "psus.yaml", "coolers.yaml", "cases.yaml", "accessories.yaml", "models.yaml", "quants.yaml",
    ];

    /// <summary>The <c>catalog</c> folder beside the running program, where the build copies rules/catalog.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "catalog");

    /// <summary>
    /// The catalog from <see cref="DefaultDirectory"/>, loaded on first use and shared afterwards. Throws
    /// <see cref="CatalogException"/> (on every call) when it is missing or invalid.
    /// </summary>
    public static Catalog LoadDefault() => DefaultCatalog.Value;

    /// <summary>Reads and validates every catalog file in <paramref name="directory"/>.</summary>
    /// <exception cref="CatalogException">A file is missing, unreadable or malformed, or an entry breaks a rule.</exception>
    public static Catalog Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CatalogException(directory, null, null, null, "catalog directory not found");
        }

        // The files are independent, so they are parsed side by side (YamlDotNet's deserializer is thread-safe);
        // failures are reported in file order whatever thread finished first.
        CatalogFile<Gpu>? gpus = null;
        CatalogFile<UnifiedMemorySystem>? systems = null;
        CatalogFile<Cpu>? cpus = null;
        CatalogFile<Motherboard>? boards = null;
        CatalogFile<MemoryKit>? memory = null;
        CatalogFile<StorageDrive>? storage = null;
        CatalogFile<PowerSupply>? psus = null;
        CatalogFile<CpuCooler>? coolers = null;
        CatalogFile<PcCase>? cases = null;
        CatalogFile<Accessory>? accessories = null;
        CatalogFile<LanguageModel>? models = null;
        CatalogFile<Quantization>? quants = null;
        ReadAll(
            () => gpus = CatalogFileReader.Read<Gpu>(directory, "gpus.yaml"),
            () => systems = CatalogFileReader.Read<UnifiedMemorySystem>(directory, "systems.yaml"),
            () => cpus = CatalogFileReader.Read<Cpu>(directory, "cpus.yaml"),
            () => boards = CatalogFileReader.Read<Motherboard>(directory, "boards.yaml"),
            () => memory = CatalogFileReader.Read<MemoryKit>(directory, "memory.yaml"),
            () => storage = CatalogFileReader.Read<StorageDrive>(directory, "storage.yaml"),
            () => psus = CatalogFileReader.Read<PowerSupply>(directory, "psus.yaml"),
            () => coolers = CatalogFileReader.Read<CpuCooler>(directory, "coolers.yaml"),
            () => cases = CatalogFileReader.Read<PcCase>(directory, "cases.yaml"),
            () => accessories = CatalogFileReader.Read<Accessory>(directory, "accessories.yaml"),
            () => models = CatalogFileReader.Read<LanguageModel>(directory, "models.yaml"),
            () => quants = CatalogFileReader.Read<Quantization>(directory, "quants.yaml"));
        var files = new CatalogFiles(
            gpus!, systems!, cpus!, boards!, memory!, storage!, psus!, coolers!, cases!, accessories!, models!, quants!);

        CatalogValidator.Validate(files);

        return new Catalog(
            Section(files.Gpus, "GPU", "gpus"),
            Section(files.Systems, "unified-memory system", "systems"),
            Section(files.Cpus, "CPU", "cpus"),
            Section(files.Motherboards, "motherboard", "boards"),
            Section(files.MemoryKits, "memory kit", "memory"),
            Section(files.Storage, "drive", "storage"),
            Section(files.PowerSupplies, "power supply", "psus"),
            Section(files.Coolers, "CPU cooler", "coolers"),
            Section(files.Cases, "case", "cases"),
            Section(files.Accessories, "accessory", "accessories"),
            Section(files.Models, "model", "models"),
            Section(files.Quantizations, "quantization", "quants"));
    }

    private static void ReadAll(params Action[] reads)
    {
        var failures = new Exception?[reads.Length];
        Parallel.For(0, reads.Length, i =>
        {
            try
            {
                reads[i]();
            }
            catch (Exception error)
            {
                failures[i] = error;
            }
        });

        if (failures.FirstOrDefault(failure => failure is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    private static CatalogSection<T> Section<T>(CatalogFile<T> file, string kind, string command)
        where T : ICatalogEntry =>
        new(file.Entries, kind, file.FileName, $"expertrig catalog {command}");
}
