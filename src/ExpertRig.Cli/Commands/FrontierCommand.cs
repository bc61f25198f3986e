using System.CommandLine;
using System.Globalization;
using System.Text;
using ExpertRig.Advisor;
using ExpertRig.Cli.Output;
using ExpertRig.Domain;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig frontier</c>: the best feasible build at each budget step up to twice the profile's budget.</summary>
internal static class FrontierCommand
{
    public static Command Create()
    {
        var profile = new Option<string>("--profile") { HelpName = "file", Description = "The profile YAML (see docs/profile.md).", Required = true };
        var format = CommonOptions.Format("markdown", "json");
        var prices = PricesOption.Create();
        var command = new Command("frontier", "What each extra dollar buys: the best feasible build at about 20 budget steps, from the cheapest feasible build up to twice the profile's budget, as a table and a Mermaid chart.")
        {
            profile, format, prices,
        };
        command.SetAction(parse =>
        {
            var loaded = PricesOption.Apply(parse, prices, ProfileInput.Load(parse.GetValue(profile)!), Advisor.Advisor.Default.Knowledge.Catalog);
            var steps = Frontier.For(Advisor.Advisor.Default, loaded);
            var output = parse.InvocationConfiguration.Output;
            output.Write(CommonOptions.ParseFormat(parse.GetValue(format)!) == OutputFormat.Json
                ? JsonOutput.Serialize(steps) + "\n"
                : Markdown(steps, loaded));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Markdown(IReadOnlyList<FrontierStep> steps, Domain.Profiles.Profile profile)
    {
        var text = new StringBuilder();
        var range = profile.HasBudget
            ? $"up to twice your {Figures.Usd(profile.BudgetUsd)} budget"
            : "up to the dearest feasible build (the profile sets no budget)";
        text.Append(CultureInfo.InvariantCulture, $"# What more money buys\n\nThe best feasible build at each budget from the cheapest feasible build {range}.\n\n");
        if (steps.Count == 0)
        {
            return text.Append(profile.HasBudget
                ? "Nothing is feasible even at twice the budget: `expertrig recommend` says what each build breaks.\n"
                : "Nothing is feasible at any price: `expertrig recommend` says what each build breaks.\n").ToString();
        }

        text.Append("| budget | build | price | main workload |\n|---|---|---|---|\n");
        foreach (var step in steps)
        {
            text.Append(step.Archetype is null
                ? $"| {Figures.Usd(step.BudgetUsd)} | — | — | — |\n"
                : $"| {Figures.Usd(step.BudgetUsd)} | {step.Title} (`{step.Archetype}`) | {Figures.Usd(step.PriceUsd!.Value)} | {Figures.Speed(step.MainDecodeTokensPerS ?? 0)} tok/s at {step.MainQuant} |\n");
        }

        var xs = string.Join(", ", steps.Select(s => Invariant(Math.Round(s.BudgetUsd))));
        var ys = string.Join(", ", steps.Select(s => Invariant(s.MainDecodeTokensPerS ?? 0)));
        text.Append("\n```mermaid\nxychart-beta\n    title \"Main workload decode speed by budget\"\n")
            .Append(CultureInfo.InvariantCulture, $"    x-axis \"budget (USD)\" [{xs}]\n    y-axis \"tok/s per user\"\n    line [{ys}]\n```\n");
        return text.ToString();
    }

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
