using System.Globalization;
using System.Text;
using ExpertRig.Advisor.View;

namespace ExpertRig.Cli.Output;

/// <summary>A plain Markdown rendering of a recommendation (the Scriban report of issue 5 supersedes it).</summary>
public static class MarkdownReport
{
    /// <summary>The recommendation as Markdown.</summary>
    public static string Render(RecommendationView view)
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.Append("# ExpertRig recommendation\n\n");
        if (view.Builds.Count == 0)
        {
            md.Append("No build meets every need.\n\n");
        }

        foreach (var build in view.Builds)
        {
            md.Append(inv, $"## {build.Rank}. {build.Title} — ${build.TotalPriceUsd:N0}\n\n");
            md.Append("| component | model | qty | unit price | subtotal |\n|---|---|---:|---:|---:|\n");
            foreach (var c in build.Components)
            {
                md.Append(inv, $"| {c.Category} | {c.Name}{(c.Used ? " (used)" : "")} | {c.Quantity} | ${c.UnitPriceUsd:N0} | ${c.SubtotalUsd:N0} |\n");
            }

            md.Append("\n| workload | quant | fits | decode tok/s per user | prompt tok/s |\n|---|---|---|---:|---:|\n");
            foreach (var w in build.Workloads)
            {
                md.Append(inv, $"| {w.Model} | {w.Quant} | {(w.FitsInVram ? "yes" : $"offload {w.OffloadFraction:P0}")} | {w.DecodeTokensPerS:0.#} | {w.PromptTokensPerS:0} |\n");
            }

            md.Append('\n');
            Section(md, "Why this build", build.Because);
            Section(md, "Warnings", build.Warnings);
            Section(md, "Notes", build.Notes);
        }

        if (view.Rejected.Count > 0)
        {
            md.Append("## Alternatives rejected\n\n");
            foreach (var rejected in view.Rejected)
            {
                md.Append(inv, $"- **{rejected.Title}** (${rejected.TotalPriceUsd:N0}): {string.Join(" ", rejected.Because.Select(b => b.Text))}\n");
            }

            md.Append('\n');
        }

        Section(md, "Warnings", view.Warnings);
        Section(md, "Notes", view.Notes);
        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, IReadOnlyList<RuleTextView> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        md.Append("### ").Append(title).Append("\n\n");
        foreach (var line in lines)
        {
            md.Append("- ").Append(line.Text).Append(" _(").Append(line.Rule).Append(")_\n");
        }

        md.Append('\n');
    }
}
