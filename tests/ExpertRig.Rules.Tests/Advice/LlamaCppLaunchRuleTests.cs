using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;
using ExpertRig.Domain.Advice;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class LlamaCppLaunchRuleTests
{
    [Fact]
    public void Gives_TheLlamaServerLine_WithTensorSplitOnTwoCards()
    {
        var build = Tier2();

        var finding = Fire<LlamaCppLaunchRule>(Scenario(build, 1, Need("llama-3-70b", "Q4_K_M")), Requirements(), Software(build, InferenceEngine.LlamaCpp)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("for Llama 3 70B at Q4_K_M run `llama-server -m llama-3-70b-Q4_K_M.gguf -ngl 81 --tensor-split 32,32 -c 8192`");
    }

    [Fact]
    public void NamesTheLayersWhoseExpertsStayInRam_WhenTheEstimateKeepsExpertsThere()
    {
        var build = Tier1();
        var need = Need("llama-3-8b", "Q4_K_M");
        var prediction = Predict(build, need);
        var split = prediction with
        {
            Estimate = prediction.Estimate with { Experts = new ExpertPlacement(22, 22, 10, 38, 17, 1.2, 1.6) },
        };

        AdviceCalculations.LlamaServerCommand(build, split, 1).ShouldStartWith("llama-server -m llama-3-8b-Q4_K_M.gguf -ngl 33 --n-cpu-moe 22 -c 8192");
        AdviceCalculations.LlamaServerCommand(build, prediction, 1).ShouldNotContain("--n-cpu-moe");
    }

    [Fact]
    public void NamesTheSizedGgufFile_AndSaysHowToMakeIt_WithoutInventingARepository()
    {
        var build = Tier2();

        var finding = Fire<LlamaCppLaunchRule>(Scenario(build, 1, Need("llama-3-70b", "Q4_K_M")), Requirements(), Software(build, InferenceEngine.LlamaCpp)).ShouldHaveSingleItem();

        finding.Text.ShouldContain("`llama-3-70b-Q4_K_M.gguf` is a Q4_K_M GGUF of meta-llama/Meta-Llama-3-70B");
        finding.Text.ShouldContain("`llama-quantize <that .gguf> llama-3-70b-Q4_K_M.gguf Q4_K_M`");
        finding.Text.ShouldNotContain("huggingface.co");
    }

    [Fact]
    public void ConvertsA16BitCheckpoint_WithTheMatchingOuttype()
    {
        var build = Tier2();

        var finding = Fire<LlamaCppLaunchRule>(Scenario(build, 1, Need("qwen-2.5-7b", "BF16")), Requirements(), Software(build, InferenceEngine.LlamaCpp)).ShouldHaveSingleItem();

        finding.Text.ShouldContain("-m qwen-2.5-7b-BF16.gguf");
        finding.Text.ShouldContain("Qwen/Qwen2.5-7B-Instruct converted with llama.cpp's `convert_hf_to_gguf.py --outtype bf16`");
    }

    [Fact]
    public void DoesNotFire_ForAPredictionMadeWithAnotherEngine()
    {
        var build = Tier2();
        var need = Need("llama-3-70b", "FP8");

        Fire<LlamaCppLaunchRule>(build, need, Predict(build, need, engine: InferenceEngine.Vllm), Requirements(), Software(build, InferenceEngine.LlamaCpp)).ShouldBeEmpty();
    }

    [Fact]
    public void Gives_TheLayersThatFit_WhenTheModelIsOffloaded()
    {
        var build = Tier1();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy, users: 2);

        var finding = Fire<LlamaCppLaunchRule>(build, seventy, prediction, Requirements(users: 2), Software(build, InferenceEngine.LlamaCpp)).ShouldHaveSingleItem();

        finding.Text.ShouldContain($"-ngl {80 - prediction.Estimate.OffloadedLayers} -c 16384 --parallel 2`");
    }

    [Fact]
    public void DoesNotFire_WhenVllmWasChosen()
    {
        var build = Tier2();

        Fire<LlamaCppLaunchRule>(Scenario(build, 1, Need("llama-3-70b", "Q4_K_M")), Requirements(), Software(build, InferenceEngine.Vllm)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnAMac()
    {
        var build = Unified("mac-studio-m3-ultra-256gb", "mac-studio");

        Fire<LlamaCppLaunchRule>(Scenario(build, 1, Need("llama-3-70b", "Q4_K_M")), Requirements(), Software(build, InferenceEngine.LlamaCpp)).ShouldBeEmpty();
    }
}
