using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class AirGappedPreparationRuleTests
{
    [Fact]
    public void Lists_ModelsAndDrivers_ForAnAirGappedGpuBuild()
    {
        var build = Tier2();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy);

        var finding = Fire<AirGappedPreparationRule>(build, seventy, prediction, Requirements(privacy: Privacy.AirGapped)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain($"the model files (Llama 3 70B Q4_K_M {prediction.Estimate.WeightsGb:0.#} GB;");
        finding.Text.ShouldContain("the NVIDIA driver and CUDA toolkit installers");
        finding.Text.ShouldContain("offline archive copy");
    }

    [Fact]
    public void Lists_MacosDownloads_OnAMac()
    {
        Fire<AirGappedPreparationRule>(Unified("mac-studio-m3-ultra-96gb", "mac-studio"), Requirements(privacy: Privacy.AirGapped)).ShouldHaveSingleItem()
            .Text.ShouldContain("the macOS update you want to stay on");
    }

    [Fact]
    public void DoesNotFire_ForALocalMachine()
    {
        Fire<AirGappedPreparationRule>(Tier2(), Requirements(privacy: Privacy.Local)).ShouldBeEmpty();
    }
}
