using System.Text;
using ExpertRig.Engine;

namespace ExpertRig.Rules;

/// <summary>Renders docs/rules.md from the rule metadata, so the documentation cannot drift from the rules.</summary>
public static class RulesDocument
{
    /// <summary>The Markdown document: one section per concern (the rule's folder), rules in priority order.</summary>
    public static string Render(IReadOnlyList<RuleMetadata> rules)
    {
        var md = new StringBuilder();
        md.Append("# The rules of ExpertRig\n\n");
        md.Append("Generated from the rule metadata by `RulesDocument` (rules/ExpertRig.Rules/RulesDocument.cs); a test fails when\n");
        md.Append("this file is stale. Regenerate with `EXPERTRIG_REGENERATE_DOCS=1 dotnet test tests/ExpertRig.Rules.Tests`.\n\n");
        md.Append("Rules fire by priority (higher first): configuration (100–80) → constraint checks and sizing (50) →\n");
        md.Append("decision framework (40) → feasibility (20) → ranking (10) → advice (0). Each rule's description is the sentence\n");
        md.Append("the audit trail shows; its source says where the knowledge comes from.\n\n");
        md.Append($"{rules.Count} rules.\n\n");
        foreach (var concern in rules.GroupBy(Concern).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            md.Append("## ").Append(concern.Key).Append("\n\n");
            md.Append("| rule | priority | tags | description | source |\n|---|---:|---|---|---|\n");
            foreach (var rule in concern.OrderByDescending(r => r.Priority).ThenBy(r => r.Name, StringComparer.Ordinal))
            {
                md.Append("| `").Append(rule.Name).Append("` | ").Append(rule.Priority).Append(" | ")
                    .Append(string.Join(", ", rule.Tags)).Append(" | ").Append(Cell(rule.Description)).Append(" | ")
                    .Append(Cell(rule.Source ?? "")).Append(" |\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    private static string Concern(RuleMetadata rule) =>
        rule.RuleType.Namespace is { } ns && ns.LastIndexOf('.') is var dot and >= 0 ? ns[(dot + 1)..] : "Rules";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
