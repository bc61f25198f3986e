using ExpertRig.Domain.Catalog.Yaml;

namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>All parsed catalog files, before validation turns them into a <see cref="Catalog"/>.</summary>
internal sealed record CatalogFiles(
    CatalogFile<Gpu> Gpus,
    CatalogFile<UnifiedMemorySystem> Systems,
    CatalogFile<Cpu> Cpus,
    CatalogFile<Motherboard> Motherboards,
    CatalogFile<MemoryKit> MemoryKits,
    CatalogFile<StorageDrive> Storage,
    CatalogFile<PowerSupply> PowerSupplies,
    CatalogFile<CpuCooler> Coolers,
    CatalogFile<PcCase> Cases,
    CatalogFile<Accessory> Accessories,
    CatalogFile<LanguageModel> Models,
    CatalogFile<Quantization> Quantizations);
