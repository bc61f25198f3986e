using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

/// <summary>The report of <c>expertrig check</c> speaks of the user's build: what it breaks, or that it passes.</summary>
public sealed class CheckReportTests
{
    private static string Example(string name) => Repository.Path("docs", "examples", "builds", name + ".yaml");

    private static string Typical => Repository.Path("docs", "examples", "typical.yaml");

    [Fact]
    public void ABuildThatBreaksAHardConstraint_IsNeverCalledFeasible_AndItsReportListsEveryBrokenRule()
    {
        var result = CliRunner.Run("check", "--build", Example("wrong-socket"), "--profile", Typical);

        result.ExitCode.ShouldBe(1, result.Error);
        var report = result.Output[result.Output.IndexOf("# ExpertRig report", StringComparison.Ordinal)..];
        report.ShouldNotContain("feasible; none was rejected");
        report.ShouldNotContain("0 build(s) were configured");
        report.ShouldContain("**Your build breaks a hard constraint**");
        report.ShouldContain("## What your build breaks");
        var broken = result.Output[..result.Output.IndexOf("# ExpertRig report", StringComparison.Ordinal)]
            .Split('\n').Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();
        broken.ShouldNotBeEmpty();
        foreach (var line in broken)
        {
            var rule = line[(line.LastIndexOf('(') + 1)..^1];
            report.ShouldContain($"_({rule})_");
        }
    }

    [Fact]
    public void ABuildThatPasses_SaysSo_InItsReport()
    {
        var result = CliRunner.Run("check", "--build", Example("dual-3090"), "--profile", Typical);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("## What your build breaks\n\nYour build passes every hard constraint.");
        result.Output.ShouldNotContain("## Alternatives considered and rejected");
    }
}
