using System.Runtime.CompilerServices;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// Pareto dominance on the ranking's own metrics: a build dominates another when it costs no more, decodes every
/// workload at least as fast (as shown) at no lower bits per weight, draws no more sustained power, uses no more cards
/// and is strictly better on one of these.
/// </summary>
public static class BuildDominance
{
    // The per-build metrics read from one predictions collection and one power collection. The rules engine hands
    // every build the same collection objects while the facts behind them are unchanged, so the metrics are read
    // once per change, not once per build and comparison. A collection is taken as unchanged while it is the same
    // object with the same count (callers do not edit a collection in place between calls).
    private static readonly ConditionalWeakTable<object, Metrics> Tables = [];

    /// <summary>The cheapest feasible build that dominates <paramref name="build"/>, or null when none does.</summary>
    public static Build? Dominator(Build build, IEnumerable<Build> feasible, IEnumerable<WorkloadPrediction> predictions, IEnumerable<PowerBudget> power)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(feasible);
        var metrics = MetricsOf(predictions, power);
        // Read once per call, not per comparison (a build's price sums its components). A build without predictions
        // is dominated by none (Dominates needs the same, non-zero number of workloads).
        var target = new Side(build, build.TotalPriceUsd, metrics.Of(build), metrics.Watts.GetValueOrDefault(build));
        if (target.Metrics.Speeds.Length == 0)
        {
            return null;
        }

        Build? best = null;
        var bestPrice = 0.0;
        foreach (var other in feasible)
        {
            if (ReferenceEquals(other, build))
            {
                continue;
            }

            var challenger = new Side(other, other.TotalPriceUsd, metrics.Of(other), metrics.Watts.GetValueOrDefault(other));
            if (Dominates(challenger, target)
                && (best is null || challenger.Price < bestPrice
                    || (challenger.Price == bestPrice && string.CompareOrdinal(other.Archetype, best.Archetype) < 0)))
            {
                best = other;
                bestPrice = challenger.Price;
            }
        }

        return best;
    }

    private static Metrics MetricsOf(IEnumerable<WorkloadPrediction> predictions, IEnumerable<PowerBudget> power)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(power);
        lock (Tables)
        {
            if (Tables.TryGetValue(predictions, out var cached) && ReferenceEquals(cached.Power, power)
                && cached.PredictionCount == predictions.Count() && cached.PowerCount == power.Count())
            {
                return cached;
            }

            var metrics = new Metrics(power, predictions);
            Tables.AddOrUpdate(predictions, metrics);
            return metrics;
        }
    }

    private static bool Dominates(Side a, Side b)
    {
        var pa = a.Metrics;
        var pb = b.Metrics;
        if (pa.Speeds.Length == 0 || pa.Speeds.Length != pb.Speeds.Length)
        {
            return false;
        }

        bool speedsNoWorse = true, bitsNoWorse = true, speedBetter = false, bitsBetter = false;
        for (var i = 0; i < pa.Speeds.Length; i++)
        {
            speedsNoWorse &= pa.Speeds[i] >= pb.Speeds[i];
            bitsNoWorse &= pa.Bits[i] >= pb.Bits[i];
            speedBetter |= pa.Speeds[i] > pb.Speeds[i];
            bitsBetter |= pa.Bits[i] > pb.Bits[i];
        }

        var wa = a.Watts;
        var wb = b.Watts;
        var noWorse = a.Price <= b.Price && speedsNoWorse && bitsNoWorse && wa <= wb && a.Build.GpuCount <= b.Build.GpuCount;
        var better = a.Price < b.Price || speedBetter || bitsBetter || wa < wb;
        return noWorse && better;
    }

    // One side of a comparison: the build, its price, its workload metrics and its sustained watts.
    private readonly record struct Side(Build Build, double Price, BuildMetrics Metrics, double Watts);

    /// <summary>Each build's shown decode speeds and bits per weight (main workload first) and its sustained watts.</summary>
    private sealed class Metrics
    {
        private static readonly BuildMetrics None = new([], []);
        private readonly Dictionary<Build, BuildMetrics> _byBuild;

        public Metrics(IEnumerable<PowerBudget> power, IEnumerable<WorkloadPrediction> predictions)
        {
            Power = power;
            PowerCount = power.Count();
            PredictionCount = predictions.Count();
            Watts = power.ToDictionary<PowerBudget, Build, double>(p => p.Build, p => p.Estimate.SustainedWatts, ReferenceEqualityComparer.Instance);
            _byBuild = predictions.GroupBy<WorkloadPrediction, Build>(p => p.Build, ReferenceEqualityComparer.Instance)
                .ToDictionary<IGrouping<Build, WorkloadPrediction>, Build, BuildMetrics>(
                    g => g.Key,
                    g =>
                    {
                        var ordered = g.OrderBy(p => p.Need.Index).ToList();
                        return new BuildMetrics([.. ordered.Select(p => Figures.RoundSpeed(p.DecodePerUser))], [.. ordered.Select(p => p.Quant.BitsPerWeight)]);
                    },
                    ReferenceEqualityComparer.Instance);
        }

        public object Power { get; }

        public int PowerCount { get; }

        public int PredictionCount { get; }

        public Dictionary<Build, double> Watts { get; }

        public BuildMetrics Of(Build build) => _byBuild.GetValueOrDefault(build) ?? None;
    }

    private sealed record BuildMetrics(double[] Speeds, double[] Bits);
}
