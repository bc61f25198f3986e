using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>What the report needs from the view beyond the JSON of issue 4: channels, notes by kind, appendix material.</summary>
public sealed class ViewAdditionsTests
{
    [Fact]
    public void UsedRtx3090s_AreBoughtWhereTheGuideSays()
    {
        var gpu = Reports.View("typical.yaml").Builds.Single(b => b.Archetype == "dual-rtx3090-nvlink").Components.Single(c => c.Category == "gpu");

        gpu.Used.ShouldBeTrue();
        gpu.WhereToBuy.ShouldContain("eBay");
        gpu.WhereToBuy.ShouldContain("NVLink contacts");
    }

    [Theory]
    [InlineData("typical.yaml")]
    [InlineData("tier2-power-user.yaml")]
    [InlineData("apple-macos.yaml")]
    public void Notes_SplitIntoLaunchHintsUpgradePathAndTheRest(string example)
    {
        foreach (var build in Reports.View(example).Builds)
        {
            build.LaunchHints.Concat(build.UpgradePath).Concat(build.OtherNotes).ShouldBe(build.Notes, ignoreOrder: true);
            build.LaunchHints.ShouldNotBeEmpty($"{build.Archetype} has no launch hint");
        }
    }

    [Fact]
    public void GuideCorrections_RecomputeTheDualRtx3090Claim()
    {
        var correction = Reports.View("typical.yaml").GuideCorrections.Single(c => c.Claim == "dual-3090-nvlink-70b");

        correction.ClaimedLow.ShouldBe(28);
        correction.CeilingTokensPerS.ShouldBeLessThan(correction.ClaimedLow);
        correction.Verdict.ShouldStartWith("breaks the bandwidth ceiling");
        correction.Builds.ShouldContain("dual-rtx3090-nvlink");
    }

    [Fact]
    public void Assumptions_AreListedOnceEachWithASourceAndWhatTheyApplyTo()
    {
        var view = Reports.View("tier1-practitioner.yaml");

        view.Assumptions.ShouldNotBeEmpty();
        view.Assumptions.Select(a => (a.Text, a.Source)).ShouldBeUnique();
        view.Assumptions.ShouldAllBe(a => a.Source.Length > 0 && a.AppliesTo.Count > 0);
        view.Assumptions.SelectMany(a => a.AppliesTo).Distinct().Count().ShouldBe(view.Builds.Sum(b => b.Workloads.Count));
    }

    [Fact]
    public void TheAuditTrail_HasEveryFiringInOrder()
    {
        var view = Reports.View("typical.yaml");

        view.AuditTrail.Select(f => f.Sequence).ShouldBe(Enumerable.Range(1, view.AuditTrail.Count));
        view.Rules.Sum(r => r.Firings).ShouldBe(view.AuditTrail.Count);
        view.Rules.Select(r => r.Name).ShouldBe(view.FiredRules);
    }

    [Fact]
    public void Needs_NameTheKeysLeftAtTheirDefaults()
    {
        var needs = Reports.View("typical.yaml").Needs;

        needs.Defaults.ShouldContain("hours_per_day");
        needs.Defaults.ShouldNotContain("os"); // typical.yaml asks for linux
    }
}
