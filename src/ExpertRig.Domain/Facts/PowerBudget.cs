using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Facts;

/// <summary>A build's power draw, the PSU capacity and circuits it needs, and its yearly electricity cost.</summary>
public sealed record PowerBudget(Builds.Build Build, PowerEstimate Estimate, ElectricityCost Yearly)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"Power of {Build.Archetype}: {Figures.Watts(Estimate.SustainedWatts)} sustained, {Figures.Watts(Estimate.PeakWatts)} peak";
}
