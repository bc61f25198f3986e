using ExpertRig.Advisor.View;
using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>The shipped report of every example profile, read back with Markdig.</summary>
public sealed class ReportStructureTests
{
    private static readonly string[] BuildSections =
    [
        "### Bill of materials", "### Predicted performance", "### Power and electrical", "### Software and launch",
        "### Warnings and risks", "### Upgrade path", "### Why this build",
    ];

    public static TheoryData<string> Examples() => [.. Repository.ExampleProfileNames];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Sections_AreInOrder(string example)
    {
        var view = Reports.View(example);
        var structure = new MarkdownStructure(Reports.Markdown(example));

        var top = structure.Headings.Where(h => h.StartsWith("# ", StringComparison.Ordinal) || h.StartsWith("## ", StringComparison.Ordinal)).ToList();

        List<string> expected =
        [
            "# ExpertRig report: hardware to run " + string.Join(", ", view.Needs.Workloads.Select(w => w.ModelName)) + " locally",
            "## Summary",
            "## Needs as understood",
            .. view.Builds.Take(ReportRenderer.DetailedBuilds).Select(b => $"## Build {b.Rank}: {b.Title}, {ReportFunctions.UsdWhole(b.TotalPriceUsd)}"),
            .. view.Builds.Count > ReportRenderer.DetailedBuilds ? ["## Further feasible builds"] : Array.Empty<string>(),
            "## Price against speed",
            "## Alternatives considered and rejected",
            "## What more money buys",
            .. HasGeneralFindings(view) ? ["## Findings about the needs"] : Array.Empty<string>(),
            "## Appendix A: Assumptions and their sources",
            "## Appendix B: Guide figures the physics corrects",
            "## Appendix C: How every build is judged",
            "## Appendix D: Audit trail",
        ];
        top.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryBuildSection_HasItsSubsectionsInOrder(string example)
    {
        var view = Reports.View(example);
        var headings = new MarkdownStructure(Reports.Markdown(example)).Headings;

        foreach (var build in view.Builds.Take(ReportRenderer.DetailedBuilds))
        {
            var start = headings.ToList().IndexOf($"## Build {build.Rank}: {build.Title}, {ReportFunctions.UsdWhole(build.TotalPriceUsd)}");
            start.ShouldBeGreaterThanOrEqualTo(0, $"build {build.Rank} has no section");
            var subsections = headings.Skip(start + 1).TakeWhile(h => h.StartsWith("### ", StringComparison.Ordinal)).ToList();
            subsections.Take(BuildSections.Length).ShouldBe(BuildSections, $"build {build.Rank}");
            subsections.Skip(BuildSections.Length).ShouldBe(build.OtherNotes.Count > 0 ? ["### Other notes"] : []);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryTable_IsWellFormed(string example)
    {
        var structure = new MarkdownStructure(Reports.Markdown(example));

        structure.Tables.Count.ShouldBeGreaterThanOrEqualTo(4); // at least the needs (2), the assumptions and the rejected or a bill of materials
        structure.MalformedTables().ShouldBeEmpty();
        structure.OrphanTableLines().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void NothingIsLeftUnrendered(string example)
    {
        var markdown = Reports.Markdown(example);

        markdown.ShouldNotContain("{{");
        markdown.ShouldNotContain("}}");
        markdown.ShouldNotContain("\r");
        markdown.ShouldEndWith("\n");
        markdown.ShouldNotContain("\n\n\n");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheBillOfMaterials_ListsEveryPartWithItsPriceMonth_AndTheTotal(string example)
    {
        var view = Reports.View(example);
        var markdown = Reports.Markdown(example);

        foreach (var build in view.Builds.Take(ReportRenderer.DetailedBuilds))
        {
            foreach (var component in build.Components)
            {
                markdown.ShouldContain($"| {component.Category} | {ReportFunctions.Cell(component.Name)}");
                var dated = component.PriceBasis == "user" ? "your file" : component.PriceAsOf ?? "undated";
                markdown.ShouldContain($"| {ReportFunctions.Usd(component.UnitPriceUsd)} | {dated} | {ReportFunctions.Usd(component.SubtotalUsd)} |");
            }

            markdown.ShouldContain($"| **total** | | | | | **{ReportFunctions.Usd(build.TotalPriceUsd)}** | |");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheChart_IsAMermaidXyChartWithOneBarPerPredictedBuild(string example)
    {
        var view = Reports.View(example);
        var blocks = new MarkdownStructure(Reports.Markdown(example)).FencedBlocks("mermaid");

        if (view.Comparison.Count < 2)
        {
            blocks.ShouldBeEmpty();
            return;
        }

        var chart = blocks.ShouldHaveSingleItem().Split('\n').Select(l => l.Trim()).ToList();
        chart[0].ShouldBe("xychart-beta");
        var labels = chart.Single(l => l.StartsWith("x-axis [", StringComparison.Ordinal));
        var bars = chart.Single(l => l.StartsWith("bar [", StringComparison.Ordinal));
        labels.Count(c => c == '"').ShouldBe(2 * view.Comparison.Count);
        bars.Split(',').Length.ShouldBe(view.Comparison.Count);
        chart.Any(l => l.StartsWith("line [", StringComparison.Ordinal)).ShouldBe(view.Needs.Workloads[0].MinTokensPerS is not null);
        view.Comparison.Select(p => p.TotalPriceUsd).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void TheSameProfile_RendersTheSameBytes()
    {
        var advisor = ExpertRig.Advisor.Advisor.Default;
        string Render() => ReportRenderer.Shipped().Render(
            RecommendationViewBuilder.From(advisor.Consult(advisor.ProfileLoader.Load(Repository.Example("typical.yaml")))));

        Render().ShouldBe(Render());
    }

    [Fact]
    public void Stamp_AppearsOnlyWhenAskedFor()
    {
        var view = Reports.View("typical.yaml");
        var stamped = ReportRenderer.Shipped().Render(view, new DateTimeOffset(2026, 4, 1, 14, 30, 0, TimeSpan.FromHours(2)));

        stamped.ShouldContain("_Generated 2026-04-01T12:30:00Z by ExpertRig._");
        ReportRenderer.Shipped().Render(view).ShouldNotContain("Generated");
    }

    [Fact]
    public void NoFeasibleBuild_SaysWhyInTheSummary()
    {
        var view = Reports.View("tier3-research-station.yaml");
        view.Builds.ShouldBeEmpty("the example is meant to have no feasible build; pick another if the rules changed");

        var summary = Section(Reports.Markdown("tier3-research-station.yaml"), "## Summary");

        summary.ShouldContain("**No build meets every need.**");
        foreach (var warning in view.Warnings)
        {
            summary.ShouldContain(warning.Text);
        }
    }

    [Fact]
    public void TheSummary_NamesTheTopBuildAndEveryWorkloadSpeed()
    {
        var view = Reports.View("tier1-practitioner.yaml");
        var top = view.Builds[0];

        var summary = Section(Reports.Markdown("tier1-practitioner.yaml"), "## Summary");

        summary.ShouldContain($"**Buy build 1, {top.Title}, for {ReportFunctions.UsdWhole(top.TotalPriceUsd)}**");
        foreach (var workload in top.Workloads)
        {
            summary.ShouldContain($"| {workload.ModelName} | {workload.Quant} | {ReportFunctions.Num(workload.DecodeTokensPerS)} |");
        }
    }

    private static bool HasGeneralFindings(RecommendationView view) =>
        (view.Builds.Count > 0 && view.Warnings.Count > 0) || view.Notes.Count > 0;

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, heading);
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }
}
