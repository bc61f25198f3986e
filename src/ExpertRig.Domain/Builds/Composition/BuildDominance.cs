using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// Pareto dominance on the ranking's own metrics: a build dominates another when it costs no more, decodes every
/// workload at least as fast (as shown) at no lower bits per weight, draws no more sustained power, uses no more cards
/// and is strictly better on one of these.
/// </summary>
public static class BuildDominance
{
    /// <summary>The cheapest feasible build that dominates <paramref name="build"/>, or null when none does.</summary>
    public static Build? Dominator(Build build, IEnumerable<Build> feasible, IEnumerable<WorkloadPrediction> predictions, IEnumerable<PowerBudget> power)
    {
        ArgumentNullException.ThrowIfNull(build);
        var byBuild = predictions.ToLookup<WorkloadPrediction, Build>(p => p.Build, ReferenceEqualityComparer.Instance);
        var watts = power.ToDictionary<PowerBudget, Build, double>(p => p.Build, p => p.Estimate.SustainedWatts, ReferenceEqualityComparer.Instance);
        return feasible.Where(other => !ReferenceEquals(other, build) && Dominates(other, build, byBuild, watts))
            .OrderBy(o => o.TotalPriceUsd).ThenBy(o => o.Archetype, StringComparer.Ordinal).FirstOrDefault();
    }

    private static bool Dominates(Build a, Build b, ILookup<Build, WorkloadPrediction> predictions, Dictionary<Build, double> watts)
    {
        var pa = predictions[a].OrderBy(p => p.Need.Index).ToList();
        var pb = predictions[b].OrderBy(p => p.Need.Index).ToList();
        if (pa.Count == 0 || pa.Count != pb.Count)
        {
            return false;
        }

        var speeds = pa.Zip(pb, (x, y) => (A: Figures.RoundSpeed(x.DecodePerUser), B: Figures.RoundSpeed(y.DecodePerUser))).ToList();
        var bits = pa.Zip(pb, (x, y) => (A: x.Quant.BitsPerWeight, B: y.Quant.BitsPerWeight)).ToList();
        var wa = watts.GetValueOrDefault(a);
        var wb = watts.GetValueOrDefault(b);
        var noWorse = a.TotalPriceUsd <= b.TotalPriceUsd && speeds.All(s => s.A >= s.B) && bits.All(q => q.A >= q.B)
            && wa <= wb && a.GpuCount <= b.GpuCount;
        var better = a.TotalPriceUsd < b.TotalPriceUsd || speeds.Any(s => s.A > s.B) || bits.Any(q => q.A > q.B) || wa < wb;
        return noWorse && better;
    }
}
