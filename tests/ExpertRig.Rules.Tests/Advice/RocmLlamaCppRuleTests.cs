using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class RocmLlamaCppRuleTests
{
    [Fact]
    public void Advises_TheHipBuild_OnAnAmdCard()
    {
        var build = Rx7900Xtx();

        var finding = Fire<RocmLlamaCppRule>(build, Software(build, InferenceEngine.LlamaCpp)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("-DGGML_HIP=ON -DAMDGPU_TARGETS=gfx1100");
        finding.Text.ShouldContain("AMD Radeon RX 7900 XTX");
    }

    [Fact]
    public void DoesNotFire_OnNvidia()
    {
        var build = SingleRtx4090();

        Fire<RocmLlamaCppRule>(build, Software(build, InferenceEngine.LlamaCpp)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenVllmWasChosen()
    {
        var build = Rx7900Xtx();

        Fire<RocmLlamaCppRule>(build, Software(build, InferenceEngine.Vllm)).ShouldBeEmpty();
    }
}
