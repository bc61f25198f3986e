using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>How a build's price sits against the budget.</summary>
public static class BudgetMargins
{
    /// <summary>
    /// Share of the budget below which a build is "close to the limit": street prices in the catalog are April-2026
    /// ranges, and a 5% move (a GPU's street price easily does that) would push such a build over.
    /// </summary>
    public const double NearFraction = 0.05;

    /// <summary>Dollars over the budget (negative when under).</summary>
    public static double OverBy(Build build, Requirements requirements) => build.TotalPriceUsd - requirements.BudgetUsd;

    /// <summary>True when the build is within budget but less than <see cref="NearFraction"/> below it.</summary>
    public static bool IsNear(Build build, Requirements requirements) =>
        build.TotalPriceUsd <= requirements.BudgetUsd && build.TotalPriceUsd > requirements.BudgetUsd * (1 - NearFraction);
}
