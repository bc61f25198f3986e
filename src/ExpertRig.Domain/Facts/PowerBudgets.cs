using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Facts;

/// <summary>Builds the <see cref="PowerBudget"/> fact from the physics power model.</summary>
public static class PowerBudgets
{
    /// <summary>The power estimate and yearly electricity cost of a build.</summary>
    public static PowerBudget For(Build build, Requirements requirements, Knowledge knowledge)
    {
        var estimate = PowerEstimator.Estimate(BuildPower.Components(build), knowledge.Physics.Power);
        var yearly = PowerEstimator.YearlyCost(estimate, requirements.Profile.HoursPerDay, requirements.Profile.ElectricityUsdPerKwh);
        return new PowerBudget(build, estimate, yearly);
    }
}
