namespace ExpertRig.Domain.Builds;

/// <summary>How much system RAM a discrete build needs for a profile, by the guide's RAM table.</summary>
/// <param name="MinimumGb">Below this the workloads do not run as planned (offloaded layers or KV caches do not fit).</param>
/// <param name="RecommendedGb">What the configurator aims for.</param>
/// <param name="OffloadGb">The most any one workload spills out of accelerator memory, in GB (0 when every model fits).</param>
/// <param name="Rows">The guide's rows that apply; the first is the offload row.</param>
public sealed record RamRequirement(double MinimumGb, double RecommendedGb, double OffloadGb, IReadOnlyList<RamGuideline> Rows)
{
    /// <summary>The applied rows as a phrase, e.g. "70B model with partial CPU offloading (64 GB minimum, 128 GB recommended)".</summary>
    public string Basis => string.Join("; ", Rows);
}
