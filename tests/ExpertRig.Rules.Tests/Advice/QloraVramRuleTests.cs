using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class QloraVramRuleTests
{
    [Fact]
    public void Warns_WhenA70BMustBeFineTunedIn32Gb()
    {
        var finding = Fire<QloraVramRule>(Tier1(), Requirements(fineTuning: true), Need("llama-3-70b", "Q4_K_M"), Need("qwen-2.5-7b", index: 1)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldContain("QLoRA of Llama 3 70B needs 51.5 GB or more");
        finding.Text.ShouldContain("its 4-bit base alone is 36.4 GB");
        finding.Text.ShouldContain("this build has 34.4 GB");
    }

    [Fact]
    public void DoesNotFire_With64GbOfVram()
    {
        Fire<QloraVramRule>(Tier2(), Requirements(fineTuning: true), Need("llama-3-70b", "Q4_K_M")).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_ForA32BModel()
    {
        Fire<QloraVramRule>(Tier1(), Requirements(fineTuning: true), Need("qwen-2.5-32b", "Q4_K_M")).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WithoutFineTuning()
    {
        Fire<QloraVramRule>(Tier1(), Requirements(fineTuning: false), Need("llama-3-70b", "Q4_K_M")).ShouldBeEmpty();
    }
}
