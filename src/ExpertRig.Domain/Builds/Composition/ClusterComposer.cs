using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// The clusters the guide names as accelerator options: two units of a unified system joined by a catalog cluster
/// cable over the system's own network (two DGX Sparks over QSFP for 405B-class models, guide "The NVIDIA DGX
/// Spark"). Memory is both units'; a single stream runs through the units one after the other (layer split,
/// <see cref="ClusterLink"/>), so its speed ceiling is one unit's bandwidth over the active weights. Pruned like the
/// discrete options — OS, memory fit at the quality floor, the bandwidth ceiling, the budget bound (both systems and
/// the cable) — each with its reason; a survivor is configured on trial and then checked by the same rules as any build.
/// </summary>
internal static class ClusterComposer
{
    /// <summary>Units in a cluster: the guide's two ("up to 405B when two units are connected via QSFP interconnect").</summary>
    public const int Units = 2;

    /// <summary>The cluster archetypes to evaluate; what is left out goes into <paramref name="pruned"/>.</summary>
    public static List<Archetype> Compose(Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge, bool prune, List<PrunedOption> pruned)
    {
        var catalog = knowledge.Catalog;
        var cable = catalog.Accessories.Where(a => a.Kind == AccessoryKind.ClusterCable)
            .OrderBy(a => ComponentPrice.UnitPrice(a.PriceUsd.Range)).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
        var composed = new List<Archetype>();
        if (cable is null)
        {
            return composed;
        }

        foreach (var system in catalog.Systems.Where(s => s.ClusterLinkGbps is not null).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var label = Label(system);
            if (Excluded(system, requirements.Profile) is { } why)
            {
                pruned.Add(new PrunedOption(label, why));
                continue;
            }

            var archetype = ToArchetype(system);
            if (prune && Unfit(system, cable, requirements, needs) is { } unfit)
            {
                pruned.Add(new PrunedOption(label, unfit));
                continue;
            }

            var trial = BuildConfigurator.Configure(archetype, requirements, needs, knowledge);
            if (trial.Gaps.Count > 0)
            {
                pruned.Add(new PrunedOption(label, $"the catalog cannot complete it: {string.Join("; ", trial.Gaps)}."));
                continue;
            }

            ComposedBuilds.Remember(archetype, requirements, needs, knowledge, trial);
            composed.Add(archetype);
        }

        return composed;
    }

    /// <summary>The option as a buyer names it: "2× DGX Spark (Founders Edition) cluster (new)".</summary>
    public static string Label(UnifiedMemorySystem system) => $"{Units}× {ShortName(system)} cluster (new)";

    private static string ShortName(UnifiedMemorySystem system) => system.Name.Replace("NVIDIA ", string.Empty, StringComparison.Ordinal);

    private static string? Excluded(UnifiedMemorySystem system, Profile profile)
    {
        var runs = Runs(system);
        return profile.Os != OperatingSystemChoice.Any && profile.Os != runs
            ? $"each unit runs {ProfileTokens.ToToken(runs)} only, and the profile asks for {ProfileTokens.ToToken(profile.Os)}."
            : null;
    }

    // The cheap bounds: memory at the quality floor, the one-unit bandwidth ceiling, both systems and the cable against the budget.
    private static string? Unfit(UnifiedMemorySystem system, Accessory cable, Requirements requirements, IReadOnlyList<WorkloadNeed> needs)
    {
        var holdsGb = Units * WorkloadMemory.UsableGb(system);
        foreach (var need in needs)
        {
            var bits = need.Quant?.BitsPerWeight ?? SpeedCeiling.FloorBits;
            var weightsGb = need.Model.ParamsTotalB * bits / 8;
            if (weightsGb > holdsGb)
            {
                return $"{need.Model.Name}'s weights alone are {Figures.Gb(weightsGb)} at {Figures.Number(bits, 2)} bits per weight, more than the {Figures.Gb(holdsGb)} both units' GPUs may use (a unified system has no other RAM to offload to).";
            }

            var ceiling = system.BandwidthGbs / (need.Model.ParamsActiveB * bits / 8);
            if (need.MinTokensPerSecond is { } min && ceiling < min)
            {
                return $"the units read their layers one after the other, so even at one unit's full {Figures.Number(system.BandwidthGbs, 0)} GB/s {need.Model.Name} would decode at most {Figures.Speed(ceiling)} tok/s, below the {Figures.Speed(min)} tok/s needed.";
            }
        }

        var lowerUsd = (Units * ComponentPrice.UnitPrice(system.PriceUsd.Range)) + ComponentPrice.UnitPrice(cable.PriceUsd.Range);
        return lowerUsd > requirements.BudgetUsd
            ? $"at least {Figures.Usd(lowerUsd)} for both units and the cable, over the {Figures.Usd(requirements.BudgetUsd)} budget."
            : null;
    }

    private static OperatingSystemChoice Runs(UnifiedMemorySystem system) =>
        system.Os == OperatingSystemKind.Macos ? OperatingSystemChoice.MacOS : OperatingSystemChoice.Linux;

    private static Archetype ToArchetype(UnifiedMemorySystem system) => new()
    {
        Id = $"{Units}x-{system.Id}-cluster",
        Title = $"{Units}× {ShortName(system)} cluster over {Figures.Number(system.ClusterLinkGbps!.Value, 0)} Gb/s QSFP (two machines)",
        Source = $"composed by the configurator: {Units} × {system.Name} joined by a cluster cable, the guide's \"up to 405B when two units are connected via QSFP interconnect\" (guide \"The NVIDIA DGX Spark\"); docs/configurator.md",
        Systems = [system.Id],
        SystemCount = Units,
        Os = [Runs(system)],
        Engine = InferenceEngine.LlamaCpp,
        Composed = true,
    };
}
