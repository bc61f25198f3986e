using System.Text;
using ExpertRig.Advisor.View;
using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>
/// The report a buyer reads: short enough to read (the audit trail only on request), each general sentence said
/// once, only feasible builds charted, and "Why this build" limited to what is particular to the build.
/// </summary>
public sealed class LeanReportTests
{
    private const int TypicalReportLimitBytes = 40 * 1024;

    public static TheoryData<string> Examples() => [.. Repository.ExampleProfileNames];

    [Fact]
    public void TheTypicalReport_IsAtMost40Kilobytes() =>
        Encoding.UTF8.GetByteCount(Reports.Markdown("typical.yaml")).ShouldBeLessThanOrEqualTo(TypicalReportLimitBytes);

    [Fact]
    public void ByDefault_TheAuditTrailIsLeftOut_AndTheReportSaysHowToGetIt()
    {
        var markdown = Reports.Markdown("typical.yaml");

        markdown.ShouldNotContain("### Every firing, in order");
        markdown.ShouldContain("--audit <audit file>");
    }

    [Fact]
    public void AuditInline_AppendsTheTrail()
    {
        var markdown = ReportRenderer.Shipped().Render(Reports.View("typical.yaml"), null, AuditPlacement.InReport);

        markdown.ShouldContain("### Every firing, in order");
        markdown.ShouldContain("| 1 | ");
    }

    [Fact]
    public void AuditToAFile_NamesTheFile_AndTheAuditTemplateHoldsEveryFiring()
    {
        var view = Reports.View("typical.yaml");

        var report = ReportRenderer.Shipped().Render(view, null, AuditPlacement.InFile("typical-audit.md"));
        var audit = ReportRenderer.ShippedAudit().Render(view);

        report.ShouldContain("is in `typical-audit.md`");
        report.ShouldNotContain("### Every firing, in order");
        audit.ShouldStartWith("# ExpertRig audit trail");
        audit.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2])).ShouldBe(view.AuditTrail.Count);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void APartWithoutANamedChannel_IsExplainedOncePerBuild_NotOnEveryLine(string example)
    {
        var markdown = Reports.Markdown(example);
        var view = Reports.View(example);

        markdown.ShouldNotContain("the guide names no channel for this part");
        var buildsWithUnnamed = view.Builds.Take(ReportRenderer.DetailedBuilds).Count(b => b.Components.Any(c => !c.NamedChannel));
        Occurrences(markdown, "\"Any retailer\": the guide names no channel for that part").ShouldBe(buildsWithUnnamed);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void OnlyFeasibleBuildsThatRunTheMainWorkload_AreCharted(string example)
    {
        var view = Reports.View(example);
        var feasible = view.Builds.Select(b => b.Archetype).ToHashSet();

        view.Comparison.ShouldAllBe(p => p.Rank != null && feasible.Contains(p.Archetype) && p.MainDecodeTokensPerS > 0);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void WhyThisBuild_ListsNoGenericMethod_WhichTheAppendixStatesOnce(string example)
    {
        var view = Reports.View(example);
        var markdown = Reports.Markdown(example);
        var method = view.Method.Select(m => m.Rule).ToHashSet();

        view.Builds.SelectMany(b => b.Because).ShouldAllBe(reason => !method.Contains(reason.Rule));
        foreach (var step in view.Method)
        {
            Occurrences(markdown, step.Text).ShouldBe(1);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheBuildsMemory_IsInDecimalGb_WithTheMarketedSizeExplainedOnce(string example)
    {
        var markdown = Reports.Markdown(example);
        var view = Reports.View(example);
        if (view.Builds.Count == 0)
        {
            return;
        }

        Occurrences(markdown, "vendors count memory in GiB").ShouldBe(1);
        foreach (var build in view.Builds.Take(ReportRenderer.DetailedBuilds))
        {
            build.Memory.VramGb.ShouldBe(Math.Round(build.Memory.MarketedVramGb * 1.073741824, 1), 0.051);
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>A profile without <c>budget_usd</c>: "what would it take?".</summary>
public sealed class NoBudgetReportTests
{
    [Fact]
    public void WithoutABudget_NoBuildIsRejectedForItsPrice_AndTheReportSaysItRanksOnValue()
    {
        var advisor = ExpertRig.Advisor.Advisor.Default;
        var profile = advisor.ProfileLoader.Parse("workloads:\n  - model: llama-3-70b\n    quant: Q4_K_M\n    min_tokens_per_s: 15\n", "what-would-it-take.yaml");

        var view = RecommendationViewBuilder.From(advisor.Consult(profile));
        var markdown = ReportRenderer.Shipped().Render(view);

        view.Needs.BudgetUsd.ShouldBeNull();
        view.Rejected.SelectMany(r => r.Because).ShouldNotContain(b => b.Rule == "within-budget");
        view.Builds.ShouldNotBeEmpty();
        markdown.ShouldContain("no budget set: ranked on value");
        markdown.ShouldContain("| budget_usd | none: no build is rejected for its price; the ranking weighs value |");
        markdown.ShouldNotContain("∞");
    }
}
