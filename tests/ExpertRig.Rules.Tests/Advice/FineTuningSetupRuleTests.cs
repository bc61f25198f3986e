using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class FineTuningSetupRuleTests
{
    [Fact]
    public void Notes_TheQloraFootprintAndRam_ForA70BOnTier2()
    {
        var finding = Fire<FineTuningSetupRule>(Tier2(), Requirements(fineTuning: true), Need("llama-3-70b", "Q4_K_M")).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldBe("Fine-tuning: QLoRA of Llama 3 70B keeps a 36.4 GB 4-bit base in the build's 68.7 GB, leaving the rest for adapters, activations and optimizer state; use PEFT with bitsandbytes 4-bit and keep at least 137.4 GB of system RAM (guide; 274.9 GB recommended).");
    }

    [Fact]
    public void Notes_MlxLora_OnAMac()
    {
        Fire<FineTuningSetupRule>(Unified("mac-studio-m3-ultra-96gb", "mac-studio"), Requirements(fineTuning: true), Need("qwen-2.5-14b")).ShouldHaveSingleItem()
            .Text.ShouldContain("use mlx_lm.lora.");
    }

    [Fact]
    public void DoesNotFire_WhenThe70BNeedsMoreVram()
    {
        Fire<FineTuningSetupRule>(Tier1(), Requirements(fineTuning: true), Need("llama-3-70b", "Q4_K_M"), Need("qwen-2.5-7b", index: 1)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WithoutFineTuning()
    {
        Fire<FineTuningSetupRule>(Tier2(), Requirements(fineTuning: false), Need("llama-3-70b", "Q4_K_M")).ShouldBeEmpty();
    }
}
