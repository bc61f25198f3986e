using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class AppleSlowForSmallModelsRuleTests
{
    [Fact]
    public void Warns_WhenTheLargestModelIs14B()
    {
        var finding = Fire<AppleSlowForSmallModelsRule>(Scenario(Unified("mac-studio-m3-ultra-96gb", "mac-studio"), 1, Need("qwen-2.5-14b", "Q8_0"))).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldContain("discrete NVIDIA GPU workstation is faster and cheaper");
    }

    [Fact]
    public void DoesNotFire_ForA70B()
    {
        Fire<AppleSlowForSmallModelsRule>(Scenario(Unified("mac-studio-m3-ultra-256gb", "mac-studio"), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
