using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier3For70BHighPrecisionRuleTests
{
    [Fact]
    public void Fires_When70BAtFp16FitsIn192Gb()
    {
        var build = Tier3();
        var seventy = Need("llama-3-70b", "F16");
        var prediction = Predict(build, seventy);

        var finding = Fire<Tier3For70BHighPrecisionRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("4 × NVIDIA L40S hold it in 206.2 GB");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void Fires_For70BAtQ8()
    {
        Fire<Tier3For70BHighPrecisionRule>(Scenario(Tier3(), 1, Need("llama-3-70b", "Q8_0"))).ShouldHaveSingleItem();
    }

    [Fact]
    public void DoesNotFire_For70BAtQ4()
    {
        Fire<Tier3For70BHighPrecisionRule>(Scenario(Tier3(), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
