using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DualRtx3090GpuBudgetRuleTests
{
    [Fact]
    public void Fires_WhenTheBudgetLeavesUnder3000ForGpus()
    {
        var build = DualRtx3090Nvlink();
        var rest = build.TotalPriceUsd - GuideBuilds.GpuCostUsd(build);

        var finding = Fire<DualRtx3090GpuBudgetRule>(build, Requirements(budgetUsd: rest + 2500)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("leaves $2,500 for GPUs");
        finding.Text.ShouldContain($"costs ${GuideBuilds.GpuCostUsd(build):N0} used");
    }

    [Fact]
    public void DoesNotFire_WhenTheBudgetLeavesMoreForGpus()
    {
        var build = DualRtx3090Nvlink();

        Fire<DualRtx3090GpuBudgetRule>(build, Requirements(budgetUsd: build.TotalPriceUsd + 5000)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheBuildIsOverBudget()
    {
        var build = DualRtx3090Nvlink();

        Fire<DualRtx3090GpuBudgetRule>(build, Requirements(budgetUsd: build.TotalPriceUsd - 1)).ShouldBeEmpty();
    }
}
