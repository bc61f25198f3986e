using ExpertRig.Domain;
using System.Globalization;
using System.Reflection;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Ranking;

/// <summary>Explains an empty recommendation: the cheapest build blocked only by the budget, else the closest ones.</summary>
public static class InfeasibilityReport
{
    private static readonly string BudgetRule = typeof(OverBudgetRule).GetCustomAttribute<NameAttribute>()!.Value;

    /// <summary>One paragraph: why nothing is feasible and what would be (each build's violations by rule name, then text, whatever order the rules fired in).</summary>
    /// <remarks>
    /// The builds are ranked by their violations' rules alone, and only the sentences of the builds named are read
    /// (most are written when read: <see cref="Finding.Written{TState}"/>), each only when two of one build's
    /// violations come from the same rule.
    /// </remarks>
    public static string Explain(IEnumerable<Build> builds, IEnumerable<Finding> violations)
    {
        var byBuild = violations.Where(v => v.Build is not null)
            .ToLookup<Finding, Build>(v => v.Build!, ReferenceEqualityComparer.Instance);
        var ranked = builds
            .Select(b => (Build: b, Violations: byBuild[b].ToList()))
            .OrderBy(b => b.Violations.Count(v => v.Rule != BudgetRule))
            .ThenBy(b => b.Build.TotalPriceUsd)
            .ThenBy(b => b.Build.Archetype, StringComparer.Ordinal)
            .ToList();
        var onlyBudget = ranked.FirstOrDefault(b => b.Violations.Count > 0 && b.Violations.All(v => v.Rule == BudgetRule));
        var text = "No build meets every need.";
        if (onlyBudget.Build is { } cheapest)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $" The cheapest build that meets every need but the budget is {cheapest.Title} at {Figures.Usd(cheapest.TotalPriceUsd)}.");
        }

        var closest = ranked.Where(b => !ReferenceEquals(b.Build, onlyBudget.Build)).Take(3)
            .Select(b => $"{b.Build.Title}: {string.Join(" ", ByRuleThenText(b.Violations).Select(v => v.Text))}");
        return text + " Closest alternatives — " + string.Join(" | ", closest);
    }

    // By rule name, then text (both ordinal). Findings equal on both print the same, so the sort need not be stable.
    private static List<Finding> ByRuleThenText(List<Finding> violations)
    {
        var sorted = new List<Finding>(violations);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Rule, b.Rule) is var byRule and not 0
            ? byRule
            : string.CompareOrdinal(a.Text, b.Text));
        return sorted;
    }
}
