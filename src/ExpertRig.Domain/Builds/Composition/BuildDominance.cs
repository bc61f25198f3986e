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
    // object with the same count (callers do not edit a collection in place between calls). Kept beside the
    // predictions collection, so they go with it (a per-thread field kept the last consultation's builds alive into
    // gen 1); the table is thread-safe, and two threads computing the same metrics agree, so no lock is taken.
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
        if (Tables.TryGetValue(predictions, out var cached) && ReferenceEquals(cached.Power, power)
            && cached.PredictionCount == predictions.Count() && cached.PowerCount == power.Count())
        {
            return cached;
        }

        var metrics = new Metrics(power, predictions);
        Tables.AddOrUpdate(predictions, metrics);
        return metrics;
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
            Watts = new Dictionary<Build, double>(ReferenceEqualityComparer.Instance);
            foreach (var budget in power)
            {
                Watts.Add(budget.Build, budget.Estimate.SustainedWatts);
                PowerCount++;
            }

            // Each build's predictions in workload order (main workload first); a build's predictions come in that
            // order, so the insertion below seldom moves anything.
            var byBuild = new Dictionary<Build, List<WorkloadPrediction>>(ReferenceEqualityComparer.Instance);
            foreach (var prediction in predictions)
            {
                PredictionCount++;
                if (!byBuild.TryGetValue(prediction.Build, out var list))
                {
                    byBuild[prediction.Build] = list = new List<WorkloadPrediction>(2);
                }

                var at = list.Count;
                while (at > 0 && list[at - 1].Need.Index > prediction.Need.Index)
                {
                    at--;
                }

                list.Insert(at, prediction);
            }

            _byBuild = new Dictionary<Build, BuildMetrics>(byBuild.Count, ReferenceEqualityComparer.Instance);
            foreach (var (build, list) in byBuild)
            {
                var speeds = new double[list.Count];
                var bits = new double[list.Count];
                for (var i = 0; i < list.Count; i++)
                {
                    speeds[i] = Figures.RoundSpeed(list[i].DecodePerUser);
                    bits[i] = list[i].Quant.BitsPerWeight;
                }

                _byBuild.Add(build, new BuildMetrics(speeds, bits));
            }
        }

        public object Power { get; }

        public int PowerCount { get; }

        public int PredictionCount { get; }

        public Dictionary<Build, double> Watts { get; }

        public BuildMetrics Of(Build build) => _byBuild.GetValueOrDefault(build) ?? None;
    }

    private sealed record BuildMetrics(double[] Speeds, double[] Bits);
}
