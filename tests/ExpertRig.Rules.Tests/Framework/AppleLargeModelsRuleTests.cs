using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class AppleLargeModelsRuleTests
{
    [Fact]
    public void Fires_When70BAtQ8FitsInUnifiedMemory()
    {
        var build = Unified("mac-studio-m3-ultra-256gb", "mac-studio");
        var seventy = Need("llama-3-70b", "Q8_0");
        var prediction = Predict(build, seventy);

        var finding = Fire<AppleLargeModelsRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("the 274.9 GB of unified memory holds it");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_WhenTheUserNeeds30TokensPerSecond()
    {
        Fire<AppleLargeModelsRule>(Scenario(Unified("mac-studio-m3-ultra-256gb", "mac-studio"), 1, Need("llama-3-70b", "Q4_K_M", minTokensPerSecond: 30))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenThe70BDoesNotFitTheGpuShareOfMemory()
    {
        var build = Unified("mac-studio-m3-ultra-96gb", "mac-studio");
        var seventy = Need("llama-3-70b", "Q8_0", contextTokens: 32768);
        var prediction = Predict(build, seventy);

        prediction.Estimate.Fits.ShouldBeFalse();
        Fire<AppleLargeModelsRule>(build, seventy, prediction).ShouldBeEmpty();
    }
}
