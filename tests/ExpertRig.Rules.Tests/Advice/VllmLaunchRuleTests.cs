using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class VllmLaunchRuleTests
{
    [Fact]
    public void Gives_TheVllmServeLine_WithOneRankPerGpu()
    {
        var build = Tier3();
        var seventy = Need("llama-3-70b", "FP8");

        var finding = Fire<VllmLaunchRule>(build, seventy, Predict(build, seventy, users: 12, engine: InferenceEngine.Vllm), Requirements(users: 12), Software(build, InferenceEngine.Vllm)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("`vllm serve meta-llama/Meta-Llama-3-70B --tensor-parallel-size 4 --max-model-len 8192 --max-num-seqs 12 --quantization fp8`");
    }

    [Fact]
    public void DoesNotFire_WhenLlamaCppWasChosen()
    {
        var build = Tier3();

        Fire<VllmLaunchRule>(Scenario(build, 12, Need("llama-3-70b", "Q4_K_M")), Requirements(users: 12), Software(build, InferenceEngine.LlamaCpp)).ShouldBeEmpty();
    }
}
