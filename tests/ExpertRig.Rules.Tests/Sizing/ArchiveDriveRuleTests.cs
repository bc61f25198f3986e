using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class ArchiveDriveRuleTests
{
    [Fact]
    public void Notes_HowManyFilesTheArchiveDriveKeeps()
    {
        var build = Tier3();
        var big = Need("llama-3.1-405b", "Q4_K_M");
        var prediction = Predict(build, big);

        var finding = Fire<ArchiveDriveRule>(build, big, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("the Seagate IronWolf Pro 4TB");
        finding.Text.ShouldContain($"archive drive keeps about {Math.Floor(4000 / prediction.Estimate.WeightsGb):0} such files");
    }

    [Fact]
    public void AdvisesAnArchiveDrive_WhenTheBuildHasNone()
    {
        Fire<ArchiveDriveRule>(Scenario(EightRtx3090(), 1, Need("llama-3.1-405b", "Q4_K_M"))).ShouldHaveSingleItem()
            .Text.ShouldContain("keep large models on a 4 TB or larger archive drive");
    }

    [Fact]
    public void DoesNotFire_ForA70B()
    {
        Fire<ArchiveDriveRule>(Scenario(Tier3(), 1, Need("llama-3-70b", "Q8_0"))).ShouldBeEmpty();
    }
}
