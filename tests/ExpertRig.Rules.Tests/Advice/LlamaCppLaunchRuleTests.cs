using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class LlamaCppLaunchRuleTests
{
    [Fact]
    public void Gives_TheLlamaServerLine_WithTensorSplitOnTwoCards()
    {
        var build = Tier2();

        var finding = Fire<LlamaCppLaunchRule>(Scenario(build, 1, Need("llama-3-70b", "Q4_K_M")), Requirements(), Software(build, InferenceEngine.LlamaCpp)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("`llama-server -m llama-3-70b.Q4_K_M.gguf -ngl 81 --tensor-split 32,32 -c 8192`");
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
