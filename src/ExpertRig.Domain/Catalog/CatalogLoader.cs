using System.Runtime.ExceptionServices;
using ExpertRig.Domain.Catalog.Validation;
using ExpertRig.Domain.Catalog.Yaml;

namespace ExpertRig.Domain.Catalog;

/// <summary>Loads and validates the YAML catalog; every file is parsed once and the default catalog only once per process.</summary>
public static class CatalogLoader
{
    private static readonly Lazy<Catalog> DefaultCatalog = new(() => PrecompiledData.Installed?.Catalog() ?? Load(DefaultDirectory));

    /// <summary>The catalog files, in load order.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "gpus.yaml", "systems.yaml", "cpus.yaml", "boards.yaml", "memory.yaml", "storage.yaml",
        "psus.yaml", "coolers.yaml", "cases.yaml", "accessories.yaml", "models.yaml", "quants.yaml",
    ];

    /// <summary>The <c>catalog</c> folder beside the running program, where the build copies rules/catalog.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "catalog");

    /// <summary>
    /// The catalog from <see cref="DefaultDirectory"/> (or the program's precompiled copy of it, see
    /// <see cref="PrecompiledData"/>), loaded on first use and shared afterwards. Throws
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

        return FromValidatedEntries(
            files.Gpus.Entries, files.Systems.Entries, files.Cpus.Entries, files.Motherboards.Entries, files.MemoryKits.Entries,
            files.Storage.Entries, files.PowerSupplies.Entries, files.Coolers.Entries, files.Cases.Entries, files.Accessories.Entries,
            files.Models.Entries, files.Quantizations.Entries);
    }

    /// <summary>
    /// A catalog of entries that <see cref="Load"/> has already read and validated: the program's build writes the shipped
    /// catalog out as C# that calls this (src/ExpertRig.Precompiler), so a start-up parses no YAML. Checks nothing.
    /// </summary>
    public static Catalog FromValidatedEntries(
        IReadOnlyList<Gpu> gpus,
        IReadOnlyList<UnifiedMemorySystem> systems,
        IReadOnlyList<Cpu> cpus,
        IReadOnlyList<Motherboard> motherboards,
        IReadOnlyList<MemoryKit> memoryKits,
        IReadOnlyList<StorageDrive> storage,
        IReadOnlyList<PowerSupply> powerSupplies,
        IReadOnlyList<CpuCooler> coolers,
        IReadOnlyList<PcCase> cases,
        IReadOnlyList<Accessory> accessories,
        IReadOnlyList<LanguageModel> models,
        IReadOnlyList<Quantization> quantizations) =>
        new(
            new(gpus, "GPU", "gpus.yaml", "expertrig catalog gpus"),
            new(systems, "unified-memory system", "systems.yaml", "expertrig catalog systems"),
            new(cpus, "CPU", "cpus.yaml", "expertrig catalog cpus"),
            new(motherboards, "motherboard", "boards.yaml", "expertrig catalog boards"),
            new(memoryKits, "memory kit", "memory.yaml", "expertrig catalog memory"),
            new(storage, "drive", "storage.yaml", "expertrig catalog storage"),
            new(powerSupplies, "power supply", "psus.yaml", "expertrig catalog psus"),
            new(coolers, "CPU cooler", "coolers.yaml", "expertrig catalog coolers"),
            new(cases, "case", "cases.yaml", "expertrig catalog cases"),
            new(accessories, "accessory", "accessories.yaml", "expertrig catalog accessories"),
            new(models, "model", "models.yaml", "expertrig catalog models"),
            new(quantizations, "quantization", "quants.yaml", "expertrig catalog quants"));

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
}
