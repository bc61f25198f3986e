using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Rules.Tests.Support;

namespace ExpertRig.Rules.Tests.Power;

/// <summary>The <see cref="PowerBudget"/> the power-budget phase derives for a build, from the shipped constants.</summary>
internal static class TestPower
{
    public static PowerBudget BudgetFor(Build build)
    {
        var estimate = PowerEstimator.Estimate(BuildPower.Components(build), TestKnowledge.Instance.Physics.Power);
        return new PowerBudget(build, estimate, PowerEstimator.YearlyCost(estimate, 8, 0.15));
    }
}
