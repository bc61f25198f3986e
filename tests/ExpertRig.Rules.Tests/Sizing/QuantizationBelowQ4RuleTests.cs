using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class QuantizationBelowQ4RuleTests
{
    [Fact]
    public void Warns_ForQ3KM()
    {
        var finding = Fire<QuantizationBelowQ4Rule>(Scenario(Tier1(), 1, Need("llama-3-70b", "Q3_K_M"))).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldContain("Llama 3 70B at Q3_K_M keeps about 92–93% of FP16 quality");
        finding.Text.ShouldContain("below Q4");
    }

    [Fact]
    public void Warns_ForQ2K()
    {
        Fire<QuantizationBelowQ4Rule>(Scenario(SingleRtx4090(), 1, Need("llama-3-70b", "Q2_K"))).ShouldHaveSingleItem().Text.ShouldContain("85–88%");
    }

    [Fact]
    public void DoesNotFire_ForQ4KM()
    {
        Fire<QuantizationBelowQ4Rule>(Scenario(Tier2(), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
