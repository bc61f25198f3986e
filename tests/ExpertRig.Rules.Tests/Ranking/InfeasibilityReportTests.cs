using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Ranking;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Ranking;

/// <summary>The infeasibility paragraph, against the first way it was written (every build's violations sorted by rule, then text).</summary>
public sealed class InfeasibilityReportTests
{
    private static readonly Build[] Builds =
        [.. new[] { "tier1-rtx5090", "rx7900xtx", "tier2-dual-rtx5090", "single-rtx4090", "dgx-spark", "rtx6000-ada", "mac-studio" }.Select(id => Build(id))];

    // Few rules and few texts, so that one build often has two violations of one rule, and two identical ones.
    private static readonly Gen<(int Build, string Rule, string Text)[]> Violations =
        Gen.Select(
            Gen.Int[0, Builds.Length - 1],
            Gen.OneOf(Gen.Const("within-budget"), Gen.Const("speed-below-need"), Gen.Const("ram-below-minimum"), Gen.Const("workload-cannot-run")),
            Gen.OneOf(Gen.Const("too slow."), Gen.Const("over budget."), Gen.Const("Too slow."), Gen.Const("b"), Gen.Const("a")))
        .Array[0, 14];

    [Fact]
    public void Explains_AsEverySortedListOfViolationsDid()
    {
        Violations.Sample(generated =>
        {
            var violations = generated.Select(v => new Finding(Builds[v.Build], FindingKind.Violation, v.Rule, v.Text)).ToList();

            InfeasibilityReport.Explain(Builds, violations).ShouldBe(FirstWritten(Builds, violations));
        });
    }

    [Fact]
    public void ReadsOnlyTheSentencesOfTheBuildsItNames()
    {
        Violations.Sample(generated =>
        {
            var read = new HashSet<Build>(ReferenceEqualityComparer.Instance);
            var violations = generated.Select(v => Finding.Written(Builds[v.Build], FindingKind.Violation, v.Rule, (Build: Builds[v.Build], read, v.Text), static s =>
            {
                s.read.Add(s.Build);
                return s.Text;
            })).ToList();

            var report = InfeasibilityReport.Explain(Builds, violations);

            read.ShouldAllBe(b => report.Contains(b.Title + ": ", StringComparison.Ordinal));
        });
    }

    // The explanation as first written: each build's violations sorted (stably) by rule, then text, before ranking.
    private static string FirstWritten(IEnumerable<Build> builds, IEnumerable<Finding> violations)
    {
        var byBuild = violations.Where(v => v.Build is not null)
            .ToLookup<Finding, Build>(v => v.Build!, ReferenceEqualityComparer.Instance);
        var ranked = builds
            .Select(b => (Build: b, Violations: byBuild[b].OrderBy(v => v.Rule, StringComparer.Ordinal).ThenBy(v => v.Text, StringComparer.Ordinal).ToList()))
            .OrderBy(b => b.Violations.Count(v => v.Rule != "within-budget"))
            .ThenBy(b => b.Build.TotalPriceUsd)
            .ThenBy(b => b.Build.Archetype, StringComparer.Ordinal)
            .ToList();
        var onlyBudget = ranked.FirstOrDefault(b => b.Violations.Count > 0 && b.Violations.All(v => v.Rule == "within-budget"));
        var text = "No build meets every need.";
        if (onlyBudget.Build is { } cheapest)
        {
            text += string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $" The cheapest build that meets every need but the budget is {cheapest.Title} at {ExpertRig.Domain.Figures.Usd(cheapest.TotalPriceUsd)}.");
        }

        var closest = ranked.Where(b => !ReferenceEquals(b.Build, onlyBudget.Build)).Take(3)
            .Select(b => $"{b.Build.Title}: {string.Join(" ", b.Violations.Select(v => v.Text))}");
        return text + " Closest alternatives — " + string.Join(" | ", closest);
    }
}
