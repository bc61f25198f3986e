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
        // The sizing of BuildPower.Components(build), added up without making the list (BuildPower.SizePsus).
        var estimate = PowerEstimator.Estimate(BuildPower.SizePsus(build, knowledge.Physics.Power), knowledge.Physics.Power);
        var yearly = PowerEstimator.YearlyCost(estimate, requirements.Profile.HoursPerDay, requirements.Profile.ElectricityUsdPerKwh);
        return new PowerBudget(build, estimate, yearly);
    }
}
