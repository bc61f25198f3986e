namespace ExpertRig.Domain.Catalog;

/// <summary>
/// Everything ExpertRig knows about hardware, models and quantizations, loaded and validated once from
/// rules/catalog/*.yaml by <see cref="CatalogLoader"/>. Immutable.
/// </summary>
public sealed class Catalog
{
    internal Catalog(
        CatalogSection<Gpu> gpus,
        CatalogSection<UnifiedMemorySystem> systems,
        CatalogSection<Cpu> cpus,
        CatalogSection<Motherboard> motherboards,
        CatalogSection<MemoryKit> memoryKits,
        CatalogSection<StorageDrive> storage,
        CatalogSection<PowerSupply> powerSupplies,
        CatalogSection<CpuCooler> coolers,
        CatalogSection<PcCase> cases,
        CatalogSection<Accessory> accessories,
        CatalogSection<LanguageModel> models,
        CatalogSection<Quantization> quantizations)
    {
        Gpus = gpus;
        Systems = systems;
        Cpus = cpus;
        Motherboards = motherboards;
        MemoryKits = memoryKits;
        Storage = storage;
        PowerSupplies = powerSupplies;
        Coolers = coolers;
        Cases = cases;
        Accessories = accessories;
        Models = models;
        Quantizations = quantizations;
    }

    /// <summary>Discrete GPUs (gpus.yaml).</summary>
    public CatalogSection<Gpu> Gpus { get; }

    /// <summary>Unified-memory systems: DGX Spark, Mac Studio, Mac mini (systems.yaml).</summary>
    public CatalogSection<UnifiedMemorySystem> Systems { get; }

    /// <summary>CPUs (cpus.yaml).</summary>
    public CatalogSection<Cpu> Cpus { get; }

    /// <summary>Motherboards (boards.yaml).</summary>
    public CatalogSection<Motherboard> Motherboards { get; }

    /// <summary>RAM kits (memory.yaml).</summary>
    public CatalogSection<MemoryKit> MemoryKits { get; }

    /// <summary>NVMe and archive drives (storage.yaml).</summary>
    public CatalogSection<StorageDrive> Storage { get; }

    /// <summary>Power supplies (psus.yaml).</summary>
    public CatalogSection<PowerSupply> PowerSupplies { get; }

    /// <summary>CPU coolers (coolers.yaml).</summary>
    public CatalogSection<CpuCooler> Coolers { get; }

    /// <summary>Cases (cases.yaml).</summary>
    public CatalogSection<PcCase> Cases { get; }

    /// <summary>NVLink bridges, Add2PSU, GPU water loops (accessories.yaml).</summary>
    public CatalogSection<Accessory> Accessories { get; }

    /// <summary>Open-weight models (models.yaml).</summary>
    public CatalogSection<LanguageModel> Models { get; }

    /// <summary>
    /// A copy whose model section also holds <paramref name="extra"/> (models a profile read from their config.json);
    /// this catalog when there are none. The ids must not clash with the catalog's (the profile reader sees to it).
    /// </summary>
    public Catalog WithModels(IReadOnlyCollection<LanguageModel> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return extra.Count == 0
            ? this
            : new Catalog(Gpus, Systems, Cpus, Motherboards, MemoryKits, Storage, PowerSupplies, Coolers, Cases, Accessories,
                new CatalogSection<LanguageModel>([.. Models, .. extra], Models.Kind, Models.FileName, Models.ListHint), Quantizations);
    }

    /// <summary>Quantizations and weight formats (quants.yaml).</summary>
    public CatalogSection<Quantization> Quantizations { get; }

    /// <summary>The GPU with this id; throws <see cref="CatalogLookupException"/> naming the closest ids on a miss.</summary>
    public Gpu FindGpu(string id) => Gpus.Find(id);

    /// <summary>The unified-memory system with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public UnifiedMemorySystem FindSystem(string id) => Systems.Find(id);

    /// <summary>The CPU with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public Cpu FindCpu(string id) => Cpus.Find(id);

    /// <summary>The motherboard with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public Motherboard FindMotherboard(string id) => Motherboards.Find(id);

    /// <summary>The RAM kit with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public MemoryKit FindMemoryKit(string id) => MemoryKits.Find(id);

    /// <summary>The drive with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public StorageDrive FindStorage(string id) => Storage.Find(id);

    /// <summary>The power supply with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public PowerSupply FindPowerSupply(string id) => PowerSupplies.Find(id);

    /// <summary>The CPU cooler with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public CpuCooler FindCooler(string id) => Coolers.Find(id);

    /// <summary>The case with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public PcCase FindCase(string id) => Cases.Find(id);

    /// <summary>The accessory with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public Accessory FindAccessory(string id) => Accessories.Find(id);

    /// <summary>The model with this id; throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public LanguageModel FindModel(string id) => Models.Find(id);

    /// <summary>The quantization with this id or conventional name (<c>q4-k-m</c> or <c>Q4_K_M</c>);
    /// throws <see cref="CatalogLookupException"/> on a miss.</summary>
    public Quantization FindQuantization(string id) => Quantizations.Find(id);

    /// <summary>
    /// A GPU or unified-memory system by id, for options such as <c>--gpu</c> that accept either; the result is a
    /// <see cref="Gpu"/> or a <see cref="UnifiedMemorySystem"/>. Throws <see cref="CatalogLookupException"/>
    /// suggesting ids from both files on a miss.
    /// </summary>
    public ICatalogEntry FindAccelerator(string id)
    {
        if (Gpus.TryFind(id, out var gpu))
        {
            return gpu;
        }

        if (Systems.TryFind(id, out var system))
        {
            return system;
        }

        var suggestions = IdSuggestions.Closest(id, Gpus.Ids.Concat(Systems.Ids));
        throw new CatalogLookupException("GPU or system", id, suggestions, "expertrig catalog gpus / systems");
    }
}
