using ExpertRig.Domain;
using System.Globalization;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Scores feasible builds against the profile. Each build gets a 0–1 score per dimension, relative to the best
/// feasible build: speed (main workload's decode per user), cost (cheapest ÷ price), quality (the share of FP16
/// quality the main workload's quantization keeps, on the guide's scale: <see cref="QualityScore"/>), fit (share of workloads fully in accelerator memory), power (least sustained draw ÷
/// draw), quiet (power, with blower fans penalised), simplicity (one box beats many cards). Base weights favour speed
/// and cost equally; each priority the user names adds weight (3 for the first, 2 for the second, 1 after), and each
/// endorsement from the guide's decision framework adds 0.02 (at most 0.1).
/// </summary>
public static class BuildRanker
{
    private static readonly IReadOnlyDictionary<string, double> BaseWeights = new Dictionary<string, double>
    {
        ["speed"] = 1, ["cost"] = 1, ["quality"] = 0.5, ["fit"] = 0.5, ["power"] = 0.25, ["quiet"] = 0, ["simplicity"] = 0.25,
    };

    /// <summary>The ranking of the feasible builds.</summary>
    public static Domain.Facts.Ranking Rank(
        Requirements requirements,
        IEnumerable<FeasibleBuild> feasible,
        IEnumerable<WorkloadPrediction> predictions,
        IEnumerable<PowerBudget> power,
        IEnumerable<Finding> endorsements)
    {
        var builds = feasible.Select(f => f.Build).ToList();
        if (builds.Count == 0)
        {
            return new Domain.Facts.Ranking([]);
        }

        var byBuild = predictions.ToLookup<WorkloadPrediction, Build>(p => p.Build, ReferenceEqualityComparer.Instance);
        var watts = power.ToDictionary<PowerBudget, Build, double>(p => p.Build, p => p.Estimate.SustainedWatts, ReferenceEqualityComparer.Instance);
        var praise = endorsements.Where(e => e.Build is not null).ToLookup<Finding, Build>(e => e.Build!, ReferenceEqualityComparer.Instance);
        var weights = Weights(requirements.Profile.Priorities);
        var raw = builds.ToDictionary<Build, Build, Metrics>(b => b, b => RawMetrics(b, [.. byBuild[b]], watts.GetValueOrDefault(b)), ReferenceEqualityComparer.Instance);

        var maxSpeed = Math.Max(raw.Values.Max(m => m.Speed), 1e-9);
        var minPrice = builds.Min(b => b.TotalPriceUsd);
        var minWatts = Math.Max(raw.Values.Where(m => m.Watts > 0).Select(m => m.Watts).DefaultIfEmpty(1).Min(), 1);
        var scored = builds.Select(build =>
        {
            var m = raw[build];
            var power = m.Watts > 0 ? minWatts / m.Watts : 1;
            var scores = new Dictionary<string, double>
            {
                ["speed"] = m.Speed / maxSpeed,
                ["cost"] = minPrice / Math.Max(build.TotalPriceUsd, 1),
                ["quality"] = QualityScore.Of(m.Bits),
                ["fit"] = m.FitShare,
                ["power"] = power,
                ["quiet"] = power * (build.Gpu?.Cooler == GpuCooler.Blower && build.GpuCount > 1 ? 0.8 : 1),
                ["simplicity"] = Simplicity(build),
            };
            var bonus = Math.Min(0.1, 0.02 * praise[build].Count());
            var score = scores.Sum(s => s.Value * weights[s.Key]) / weights.Values.Sum() + bonus;
            var explanation = string.Join(", ", scores.Where(s => weights[s.Key] > 0)
                .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {Figures.Fixed(s.Value, 2)}×{Figures.Number(weights[s.Key], 2)}")));
            if (bonus > 0)
            {
                explanation += string.Create(CultureInfo.InvariantCulture, $", guide endorsements +{Figures.Fixed(bonus, 2)}");
            }

            return (Build: build, Score: Math.Round(score, 4), Explanation: explanation);
        })
        .OrderByDescending(s => s.Score)
        .ThenBy(s => s.Build.TotalPriceUsd)
        .ThenBy(s => s.Build.Archetype, StringComparer.Ordinal)
        .ToList();
        return new Domain.Facts.Ranking([.. scored.Select((s, i) => new RankedBuild(i + 1, s.Build, s.Score, s.Explanation))]);
    }

    private static Dictionary<string, double> Weights(IReadOnlyList<Priority> priorities)
    {
        var weights = new Dictionary<string, double>(BaseWeights);
        for (var i = 0; i < priorities.Count; i++)
        {
            weights[priorities[i].ToString().ToLowerInvariant()] += Math.Max(1, 3 - i);
        }

        return weights;
    }

    private static Metrics RawMetrics(Build build, List<WorkloadPrediction> predictions, double watts)
    {
        var main = predictions.OrderBy(p => p.Need.Index).FirstOrDefault();
        var fitShare = predictions.Count == 0 ? 0 : predictions.Count(p => p.Estimate.Fits) / (double)predictions.Count;
        return new Metrics(main?.DecodePerUser ?? 0, main?.Quant.BitsPerWeight ?? 0, fitShare, watts);
    }

    // A cluster is two machines to set up and keep in step (network, one software install each): as two cards.
    private static double Simplicity(Build build) => build switch
    {
        { IsCluster: true } => 0.6,
        { IsUnified: true } => 1.0,
        { GpuCount: 1 } => 0.8,
        { GpuCount: 2 } => 0.6,
        { GpuCount: <= 4 } => 0.35,
        _ => 0.2,
    } - (build.UsedGpus ? 0.1 : 0);

    private sealed record Metrics(double Speed, double Bits, double FitShare, double Watts);
}
