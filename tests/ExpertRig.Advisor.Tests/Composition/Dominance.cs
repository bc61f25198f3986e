using ExpertRig.Domain;
using ExpertRig.Domain.Builds;

namespace ExpertRig.Advisor.Tests.Composition;

/// <summary>The ranking's own metrics: one build dominates another when it is no dearer, at least as fast and at least as good a quantization on every workload, draws no more power, uses no more cards (the simplicity metric), and is strictly better on one.</summary>
internal static class Dominance
{
    public static bool Dominates(Consultation consultation, Build a, Build b)
    {
        var pa = consultation.PredictionsFor(a);
        var pb = consultation.PredictionsFor(b);
        var wa = consultation.PowerFor(a)?.Estimate.SustainedWatts ?? 0;
        var wb = consultation.PowerFor(b)?.Estimate.SustainedWatts ?? 0;
        var speeds = pa.Zip(pb, (x, y) => (A: Figures.RoundSpeed(x.DecodePerUser), B: Figures.RoundSpeed(y.DecodePerUser))).ToList();
        var bits = pa.Zip(pb, (x, y) => (A: x.Quant.BitsPerWeight, B: y.Quant.BitsPerWeight)).ToList();
        var noWorse = a.TotalPriceUsd <= b.TotalPriceUsd && speeds.All(s => s.A >= s.B) && bits.All(q => q.A >= q.B) && wa <= wb
            && a.GpuCount <= b.GpuCount;
        var better = a.TotalPriceUsd < b.TotalPriceUsd || speeds.Any(s => s.A > s.B) || bits.Any(q => q.A > q.B) || wa < wb;
        return noWorse && better;
    }
}
