using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class RamBelowMinimumRuleTests
{
    [Fact]
    public void Rejects_A70BOffloadWithLessThan64Gb()
    {
        var build = WithRam(Tier1(), 32);

        var finding = Fire<RamBelowMinimumRule>(Scenario(build, 1, Need("llama-3-70b", "Q4_K_M")), Requirements()).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Violation);
        finding.Text.ShouldBe("34.4 GB of system RAM is below the guide's 68.7 GB minimum for a 70B model with partial CPU offloading (137.4 GB recommended).");
    }

    [Fact]
    public void Rejects_A405BOffloadWithLessThan256Gb()
    {
        // Two RTX 5090s hold about a quarter of Llama 3.1 405B Q4_K_M: the rest, ~190 GB, is the guide's 405B row.
        var build = WithRam(Tier2(), 128);
        var scenario = Scenario(build, 1, Need("llama-3.1-405b", "Q4_K_M"));

        Fire<RamBelowMinimumRule>(scenario, Requirements()).ShouldHaveSingleItem().Text.ShouldContain("274.9 GB minimum for a 405B-class model");
    }

    [Fact]
    public void Scales_TheMinimum_ToWhatThePhysicsOffloads()
    {
        // Qwen 2.5 32B at F16 (65 GB) spills about 45 GB out of one RTX 4090: the 70B row's 64 GB, for a 32B model.
        var build = WithRam(SingleRtx4090(), 32);

        Fire<RamBelowMinimumRule>(Scenario(build, 1, Need("qwen-2.5-32b", "F16")), Requirements()).ShouldHaveSingleItem()
            .Text.ShouldMatch(@"^34.4 GB of system RAM is below the guide's 68.7 GB minimum for \d+(\.\d)? GB of offloaded layers, scaled from the guide's 70B and 405B offload rows \(137.4 GB recommended\)\.$");
    }

    [Fact]
    public void DoesNotFire_WhenA405BModelIsMostlyOnTheGpus()
    {
        // Four L40S hold 80 of Llama 3.1 405B's 126 layers: ~90 GB offloaded plus the OS fit in 128 GB.
        var build = WithRam(Tier3(), 128);

        Fire<RamBelowMinimumRule>(Scenario(build, 1, Need("llama-3.1-405b", "Q4_K_M")), Requirements()).ShouldBeEmpty();
    }

    [Fact]
    public void Rejects_Qlora70BWithLessThan128Gb()
    {
        var build = WithRam(Tier2(), 64);

        Fire<RamBelowMinimumRule>(Scenario(build, 1, Need("llama-3-70b", "Q4_K_M")), Requirements(fineTuning: true))
            .ShouldHaveSingleItem().Text.ShouldContain("137.4 GB minimum for QLoRA fine-tuning of a 70B-class model");
    }

    [Fact]
    public void DoesNotFire_WhenNothingIsOffloaded()
    {
        Fire<RamBelowMinimumRule>(Scenario(WithRam(Tier2(), 32), 1, Need("llama-3-70b", "Q4_K_M")), Requirements()).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnUnifiedMemory()
    {
        Fire<RamBelowMinimumRule>(Scenario(Unified("mac-studio-m3-ultra-96gb", "mac-studio"), 1, Need("llama-3-70b", "Q8_0", contextTokens: 32768)), Requirements()).ShouldBeEmpty();
    }
}
