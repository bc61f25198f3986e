using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>Configures a unified-memory archetype: the smallest memory configuration that holds every workload, plus an archive disk when needed.</summary>
internal static class UnifiedBuildConfigurator
{
    public static Build Configure(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        var catalog = knowledge.Catalog;
        var systems = archetype.Systems.Select(catalog.FindSystem)
            .OrderBy(s => s.MemoryGb).ThenBy(s => s.PriceUsd.Range.Midpoint).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var largest = needs
            .Select(need => (Need: need, Quant: WorkloadMemory.SizingQuant(need, catalog)))
            .Select(x => (x.Need, x.Quant, Gb: WorkloadMemory.RunningGb(x.Need, x.Quant, requirements.Users, knowledge.Physics)))
            .OrderByDescending(x => x.Gb)
            .FirstOrDefault();
        var system = systems.FirstOrDefault(s => WorkloadMemory.UsableGb(s) >= largest.Gb) ?? systems[^1];
        var holds = WorkloadMemory.UsableGb(system) >= largest.Gb;
        var workload = largest.Need is null
            ? "the workloads"
            : $"{largest.Need.Model.Name} {largest.Quant.Name} with its KV cache ({BuildText.Gb(largest.Gb)})";
        var choice = systems.Count == 1
            ? $"the archetype's only configuration; {BuildText.Gb(WorkloadMemory.UsableGb(system))} GPU-usable memory {(holds ? "holds" : "falls short of")} {workload}"
            : holds
                ? $"the smallest of {systems.Count} memory configurations whose {BuildText.Gb(WorkloadMemory.UsableGb(system))} GPU-usable memory holds {workload}"
                : $"the largest of {systems.Count} memory configurations; none holds {workload}, so the fit rules judge the offload";
        var lines = new List<BuildComponent>
        {
            ComponentLine.New(ComponentCategory.System, system, system.PriceUsd, 1,
                $"{Figures.MarketedGb(system.MemoryGb)} at {Figures.Number(system.BandwidthGbs, 0)} GB/s: {choice} (list price {BuildText.Range(system.PriceUsd.Range)})."),
        };

        var storage = StorageSizing.For(WorkloadMemory.UsableGb(system), requirements, needs, knowledge);
        var drives = DriveChooser.Unified(storage, catalog);
        lines.AddRange(drives.Lines);

        return new Build
        {
            Archetype = archetype.Id,
            Title = archetype.Title,
            Source = archetype.Source,
            System = system,
            Storage = drives.Drives,
            SupportedOs = archetype.Os,
            DefaultEngine = archetype.Engine,
            Components = lines,
        };
    }
}
