namespace ExpertRig.Domain.Builds;

/// <summary>How much system RAM a discrete build needs for a profile, by the guide's RAM table (<see cref="GuideRamTable"/>).</summary>
/// <param name="MinimumGb">The largest minimum of the rows that apply.</param>
/// <param name="RecommendedGb">The largest recommendation of the rows that apply: what the configurator aims for.</param>
/// <param name="OffloadGb">The most any one workload keeps in system RAM, in GB (0 when every model fits).</param>
/// <param name="Rows">The guide's rows that apply; the first is the offload row (or the no-offload row).</param>
public sealed record RamRequirement(double MinimumGb, double RecommendedGb, double OffloadGb, IReadOnlyList<RamGuideline> Rows)
{
    /// <summary>No requirement: a unified-memory system, whose memory is the accelerator pool.</summary>
    public static RamRequirement None { get; } = new(0, 0, 0, []);

    /// <summary>The applied rows as a phrase, e.g. "a 70B model with partial CPU offloading (64 GB minimum, 128 GB recommended)".</summary>
    public string Basis => string.Join("; ", Rows);

    /// <summary>The hard row with the largest minimum that <paramref name="ramGb"/> falls short of; null when none.</summary>
    public RamGuideline? HardShortfall(double ramGb)
    {
        // The first row of the largest minimum, as a MaxBy would pick it: one pass by index, no iterators (the composer
        // asks this of every platform it tries, the RAM rules in their conditions on every re-match).
        var rows = Rows;
        RamGuideline? largest = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Hard && ramGb < row.MinimumGb && (largest is null || row.MinimumGb.CompareTo(largest.MinimumGb) > 0))
            {
                largest = row;
            }
        }

        return largest;
    }

    /// <summary>
    /// When no hard minimum is missed: the row with the largest recommendation <paramref name="ramGb"/> falls short of
    /// (a soft row's minimum included; the first such row of the largest, as a MaxBy would pick it); null when a hard
    /// minimum is missed or every recommendation is met.
    /// </summary>
    public RamGuideline? SoftShortfall(double ramGb)
    {
        if (HardShortfall(ramGb) is not null)
        {
            return null;
        }

        var rows = Rows;
        RamGuideline? largest = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (ramGb < row.RecommendedGb && (largest is null || row.RecommendedGb.CompareTo(largest.RecommendedGb) > 0))
            {
                largest = row;
            }
        }

        return largest;
    }
}
