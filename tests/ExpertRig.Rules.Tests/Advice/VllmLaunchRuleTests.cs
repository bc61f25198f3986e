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
        finding.Text.ShouldContain("for Llama 3 70B at FP8 (E4M3) run `vllm serve meta-llama/Meta-Llama-3-70B --quantization fp8 --tensor-parallel-size 4 --max-model-len 8192 --max-num-seqs 12`.");
    }

    [Fact]
    public void ServesA16BitCheckpoint_AtTheSizedPrecision()
    {
        var build = Tier2();
        var qwen = Need("qwen-2.5-7b", "BF16");

        var finding = Fire<VllmLaunchRule>(build, qwen, Predict(build, qwen, users: 4, engine: InferenceEngine.Vllm), Requirements(users: 4), Software(build, InferenceEngine.Vllm)).ShouldHaveSingleItem();

        finding.Text.ShouldContain("`vllm serve Qwen/Qwen2.5-7B-Instruct --dtype bfloat16 --tensor-parallel-size 2 --max-model-len 8192 --max-num-seqs 4`.");
    }

    [Fact]
    public void NamesNoInventedRepository_ForAnAwqCheckpoint_AndSaysWhatToDownload()
    {
        var build = Tier2();
        var seventy = Need("llama-3-70b", "awq-int4");

        var finding = Fire<VllmLaunchRule>(build, seventy, Predict(build, seventy, users: 4, engine: InferenceEngine.Vllm), Requirements(users: 4), Software(build, InferenceEngine.Vllm)).ShouldHaveSingleItem();

        finding.Text.ShouldContain("`vllm serve <AWQ INT4 checkpoint of meta-llama/Meta-Llama-3-70B> --tensor-parallel-size 2");
        finding.Text.ShouldContain("download AWQ INT4 weights of meta-llama/Meta-Llama-3-70B (the catalog names no repository for them)");
    }

    [Fact]
    public void DoesNotFire_ForAPredictionMadeWithLlamaCpp()
    {
        var build = Tier2();
        var seventy = Need("llama-3-70b", "Q4_K_M");

        Fire<VllmLaunchRule>(build, seventy, Predict(build, seventy, users: 4), Requirements(users: 4), Software(build, InferenceEngine.Vllm)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenLlamaCppWasChosen()
    {
        var build = Tier3();

        Fire<VllmLaunchRule>(Scenario(build, 12, Need("llama-3-70b", "Q4_K_M")), Requirements(users: 12), Software(build, InferenceEngine.LlamaCpp)).ShouldBeEmpty();
    }
}
