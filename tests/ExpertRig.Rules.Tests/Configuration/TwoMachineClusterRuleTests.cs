using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Configuration;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Configuration;

public sealed class TwoMachineClusterRuleTests
{
    [Fact]
    public void Fires_OnTwoSparks_SayingItIsTwoMachinesSplitByLayers()
    {
        var build = Unified("dgx-spark", "2x-dgx-spark-cluster") with { SystemCount = 2 };

        var finding = Fire<TwoMachineClusterRule>(build).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("two-machine cluster: 2 × NVIDIA DGX Spark (Founders Edition) joined port to port by a QSFP cable at 200 Gbit/s");
        finding.Text.ShouldContain("at one unit's 273 GB/s");
    }

    [Fact]
    public void DoesNotFire_OnOneSpark() =>
        Fire<TwoMachineClusterRule>(Unified("dgx-spark", "dgx-spark")).ShouldBeEmpty();
}
