using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Configures a unified-memory archetype: the smallest memory configuration that holds every workload, plus an archive
/// disk when needed. A cluster archetype (<see cref="Archetype.SystemCount"/> 2) buys two units, sized on the memory of
/// both, and the cheapest catalog cluster cable to join them; without one the build has a gap.
/// </summary>
internal static class UnifiedBuildConfigurator
{
    public static Build Configure(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge, TrialSizing? sizing)
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
        var units = Math.Max(1, archetype.SystemCount);
        var system = systems.FirstOrDefault(s => units * WorkloadMemory.UsableGb(s) >= largest.Gb) ?? systems[^1];
        var usableGb = units * WorkloadMemory.UsableGb(system);
        var holds = usableGb >= largest.Gb;
        var workload = largest.Need is null
            ? "the workloads"
            : $"{largest.Need.Model.Name} {largest.Quant.Name} with its KV cache ({BuildText.Gb(largest.Gb)})";
        var memory = units > 1 ? $"{BuildText.Gb(usableGb)} GPU-usable memory across the {units} units" : $"{BuildText.Gb(usableGb)} GPU-usable memory";
        var choice = systems.Count == 1
            ? $"the archetype's only configuration; {memory} {(holds ? "holds" : "falls short of")} {workload}"
            : holds
                ? $"the smallest of {systems.Count} memory configurations whose {memory} holds {workload}"
                : $"the largest of {systems.Count} memory configurations; none holds {workload}, so the fit rules judge the offload";
        var cluster = units > 1
            ? $"; {units} units make a two-machine cluster, each holding part of the layers (llama.cpp's RPC backend), so memory adds up while a token still runs at one unit's bandwidth"
            : string.Empty;
        var lines = new List<BuildComponent>
        {
            ComponentLine.New(ComponentCategory.System, system, system.PriceUsd, units,
                $"{Figures.MarketedGb(system.MemoryGb)} at {Figures.Number(system.BandwidthGbs, 0)} GB/s: {choice}{cluster} (list price {BuildText.Range(system.PriceUsd.Range)})."),
        };

        var accessories = new List<Catalog.Accessory>();
        var gaps = new List<string>();
        if (units > 1)
        {
            var cable = catalog.Accessories.Where(a => a.Kind == Catalog.AccessoryKind.ClusterCable)
                .OrderBy(a => Catalog.ComponentPrice.UnitPrice(a.PriceUsd.Range)).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
            if (cable is null || system.ClusterLinkGbps is null)
            {
                gaps.Add(system.ClusterLinkGbps is null
                    ? $"systems.yaml gives the {system.Name} no cluster link (cluster_link_gbps), so {units} units cannot be joined"
                    : "accessories.yaml has no cluster-cable to join the units");
            }
            else
            {
                accessories.Add(cable);
                lines.Add(ComponentLine.New(ComponentCategory.Accessory, cable, cable.PriceUsd, 1,
                    $"Joins the {units} units port to port over their {Figures.Number(system.ClusterLinkGbps.Value, 0)} Gbit/s network (no switch; one cable carries the full link)."));
            }
        }

        var storage = sizing is null
            ? StorageSizing.For(usableGb, requirements, needs, knowledge)
            : sizing.Storage(usableGb, requirements, needs, knowledge);
        var drives = DriveChooser.Unified(storage, catalog);
        lines.AddRange(drives.Lines);

        return new Build
        {
            Archetype = archetype.Id,
            Title = archetype.Title,
            Source = archetype.Source,
            System = system,
            SystemCount = units,
            Composed = archetype.Composed,
            Accessories = accessories,
            Gaps = gaps,
            Storage = drives.Drives,
            SupportedOs = archetype.Os,
            DefaultEngine = archetype.Engine,
            Components = lines,
        };
    }
}
