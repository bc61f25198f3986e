using System.CommandLine;
using ExpertRig.Advisor;
using ExpertRig.Advisor.View;
using ExpertRig.Domain.Catalog;
using ExpertRig.Cli.Output;
using ExpertRig.Domain.Profiles;
using ExpertRig.Reporting;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig check</c>: the compatibility rules and predictions for a build the user already has in mind.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var buildFile = new Option<string>("--build") { HelpName = "file", Description = "The build YAML: components by catalog id and count (see docs/user-guide.md).", Required = true };
        var profile = new Option<string?>("--profile") { HelpName = "file", Description = "The needs to check against (default: Llama 3 8B and 70B at Q4_K_M, one user, no budget limit, 15 A / 120 V)." };
        var format = CommonOptions.Format("text", "json");
        var prices = PricesOption.Create();
        var command = new Command("check", "Check a build you have in mind: compatibility, power, circuit, and predicted speed of your workloads.\nExit status: 0 when the build passes every hard constraint, 1 when it breaks one or is incomplete, 2 on bad input.")
        {
            buildFile, profile, format, prices,
        };
        command.SetAction(parse =>
        {
            var advisor = Advisor.Advisor.Default;
            var given = parse.GetValue(profile) is { } path ? ProfileInput.Load(path) : null;
            var priced = PricesOption.Apply(parse, prices, given ?? new Profile { Workloads = [], BudgetUsd = 1 }, advisor.Knowledge.Catalog).Prices;
            var build = BuildFile.Load(parse.GetValue(buildFile)!, PriceOverrides.Apply(advisor.Knowledge.Catalog, priced));
            var needs = (given ?? new Profile
                {
                    Workloads = [new Workload("llama-3-8b", "Q4_K_M"), new Workload("llama-3-70b", "Q4_K_M")],
                    BudgetUsd = Math.Max(build.TotalPriceUsd, 1),
                    RunTogether = false, // the two default models are alternatives, not a pair loaded at once
                }) with { Prices = priced };
            var consultation = advisor.Check(build, needs);
            var view = RecommendationViewBuilder.From(consultation) with { CheckedBuild = true };
            var output = parse.InvocationConfiguration.Output;
            var passes = view.Builds.Count > 0;
            if (CommonOptions.ParseFormat(parse.GetValue(format)!) == OutputFormat.Json)
            {
                output.Write(JsonOutput.Serialize(view) + "\n");
            }
            else
            {
                var feasible = view.Builds.Count > 0;
                output.Write(feasible ? "The build passes every hard constraint.\n\n" : "The build breaks a hard constraint:\n" +
                    string.Concat(view.Rejected.SelectMany(r => r.Because).Select(b => $"  - {b.Text} ({b.Rule})\n")) + "\n");
                output.Write(ReportRenderer.Shipped().Render(view));
            }

            return passes ? ExitCodes.Success : ExitCodes.ConstraintBroken;
        });
        return command;
    }
}
