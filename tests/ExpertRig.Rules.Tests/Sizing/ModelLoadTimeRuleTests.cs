using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class ModelLoadTimeRuleTests
{
    [Fact]
    public void Notes_TheSecondsAtTheModelDrivesReadSpeed()
    {
        var build = Tier1();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy);

        var finding = Fire<ModelLoadTimeRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldBe($"Llama 3 70B at Q4_K_M ({prediction.Estimate.WeightsGb:0.#} GB) loads in about {prediction.Estimate.WeightsGb * 1000 / 7300:0.#} s from the WD Black SN850X 4TB at 7,300 MB/s.");
    }

    [Fact]
    public void LoadsFromTheNvmeDrive_NotTheArchiveDisk()
    {
        Fire<ModelLoadTimeRule>(Scenario(Tier3(), 1, Need("llama-3-70b", "Q8_0"))).ShouldHaveSingleItem().Text.ShouldContain("WD Black SN850X 4TB");
    }

    [Fact]
    public void DoesNotFire_OnASystemWithoutListedDrives()
    {
        Fire<ModelLoadTimeRule>(Scenario(Unified("dgx-spark", "dgx-spark"), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
