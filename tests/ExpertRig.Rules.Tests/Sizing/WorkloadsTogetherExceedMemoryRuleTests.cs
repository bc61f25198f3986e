using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class WorkloadsTogetherExceedMemoryRuleTests
{
    private static Requirements TwoWorkloads(bool together) => new(new Profile
    {
        Workloads = [new Workload("llama-3-70b", "Q4_K_M"), new Workload("qwen-2.5-coder-7b", "Q8_0")],
        BudgetUsd = 8000,
        RunTogether = together,
    });

    [Fact]
    public void Fires_WhenTwoModelsThatEachFitDoNotFitTogether()
    {
        var build = DualRtx3090Nvlink();
        var chat = Need("llama-3-70b", "Q4_K_M");
        var coder = Need("qwen-2.5-coder-7b", "Q8_0", index: 1, contextTokens: 16384);

        var finding = Fire<WorkloadsTogetherExceedMemoryRule>(TwoWorkloads(true), Scenario(build, 1, chat, coder)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Violation);
        finding.Text.ShouldContain("set run_together: false");
    }

    [Fact]
    public void DoesNotFire_WhenTheWorkloadsRunOneAtATime()
    {
        var build = DualRtx3090Nvlink();
        var chat = Need("llama-3-70b", "Q4_K_M");
        var coder = Need("qwen-2.5-coder-7b", "Q8_0", index: 1, contextTokens: 16384);

        Fire<WorkloadsTogetherExceedMemoryRule>(TwoWorkloads(false), Scenario(build, 1, chat, coder)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenBothFitTogether()
    {
        var build = Tier1();
        var small = Need("llama-3-8b", "Q4_K_M");
        var coder = Need("qwen-2.5-coder-7b", "Q4_K_M", index: 1);
        var requirements = new Requirements(new Profile { Workloads = [new Workload("llama-3-8b", "Q4_K_M"), new Workload("qwen-2.5-coder-7b", "Q4_K_M")], BudgetUsd = 8000 });

        Fire<WorkloadsTogetherExceedMemoryRule>(requirements, Scenario(build, 1, small, coder)).ShouldBeEmpty();
    }
}
