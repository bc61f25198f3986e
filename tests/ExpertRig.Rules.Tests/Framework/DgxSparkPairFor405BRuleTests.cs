using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DgxSparkPairFor405BRuleTests
{
    private static Domain.Builds.Build Pair() => Unified("dgx-spark", "2x-dgx-spark-cluster") with { SystemCount = 2 };

    [Fact]
    public void Fires_WhenTwoSparksRunA405B()
    {
        var build = Pair();
        var big = Need("llama-3.1-405b", "IQ4_XS");
        var prediction = Predict(build, big);

        var finding = Fire<DgxSparkPairFor405BRule>(build, big, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("beyond one DGX Spark");
        finding.Text.ShouldContain("2 units joined over QSFP pool 274.9 GB of unified memory");
        finding.Text.ShouldContain("up to 405B when two units are connected via QSFP interconnect");
    }

    [Fact]
    public void DoesNotFire_OnOneSpark_OrForAModelOneSparkHolds()
    {
        var big = Need("llama-3.1-405b", "IQ4_XS");
        var single = Unified("dgx-spark", "dgx-spark");
        Fire<DgxSparkPairFor405BRule>(single, big, Predict(single, big)).ShouldBeEmpty();

        var seventy = Need("llama-3-70b", "Q4_K_M");
        Fire<DgxSparkPairFor405BRule>(Pair(), seventy, Predict(Pair(), seventy)).ShouldBeEmpty();
    }
}
