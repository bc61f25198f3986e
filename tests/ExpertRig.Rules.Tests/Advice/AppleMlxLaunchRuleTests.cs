using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class AppleMlxLaunchRuleTests
{
    [Fact]
    public void Advises_TheMetalBackendThePredictionsUse_WithMlxAsTheAlternative_AndTheWiredMemoryLimit()
    {
        var finding = Fire<AppleMlxLaunchRule>(Scenario(Unified("mac-studio-m3-ultra-256gb", "mac-studio"), 1, Need("llama-3-70b", "Q4_K_M")), Requirements()).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("for Llama 3 70B at Q4_K_M run `llama-server -m llama-3-70b-Q4_K_M.gguf -ngl 81 -c 8192`");
        finding.Text.ShouldContain("mlx_lm.server --model <an MLX conversion of meta-llama/Meta-Llama-3-70B at about 4.8 bits per weight>");
        finding.Text.ShouldContain("about 75% of the 274.9 GB");
        finding.Text.ShouldContain("iogpu.wired_limit_mb");
    }

    [Fact]
    public void DoesNotFire_OnTheDgxSpark()
    {
        Fire<AppleMlxLaunchRule>(Scenario(Unified("dgx-spark", "dgx-spark"), 1, Need("llama-3-70b", "Q4_K_M")), Requirements()).ShouldBeEmpty();
    }
}
