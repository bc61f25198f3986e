using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class AppleMlxLaunchRuleTests
{
    [Fact]
    public void Advises_MlxOrMetal_WithTheWiredMemoryLimit()
    {
        var finding = Fire<AppleMlxLaunchRule>(Scenario(Unified("mac-studio-m3-ultra-256gb", "mac-studio"), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("mlx_lm.server --model <mlx-community build of meta-llama/Meta-Llama-3-70B>");
        finding.Text.ShouldContain("-ngl 81");
        finding.Text.ShouldContain("about 75% of the 256 GB");
        finding.Text.ShouldContain("iogpu.wired_limit_mb");
    }

    [Fact]
    public void DoesNotFire_OnTheDgxSpark()
    {
        Fire<AppleMlxLaunchRule>(Scenario(Unified("dgx-spark", "dgx-spark"), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
