using System.CommandLine;
using ExpertRig.Advisor.View;
using ExpertRig.Cli.Output;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig recommend</c>: ranked, justified builds for a profile, as Markdown or JSON.</summary>
internal static class RecommendCommand
{
    public static Command Create()
    {
        var profile = new Option<string>("--profile") { Description = "The profile YAML (see docs/profile.md and docs/examples/).", Required = true };
        var format = CommonOptions.Format("markdown", "json");
        var output = new Option<string?>("--output") { Description = "Write the report to this file (atomically) instead of standard output." };
        var top = new Option<int?>("--top") { Description = "Keep only the best N builds." };
        var command = new Command("recommend", "Recommend complete builds for a profile, ranked and justified rule by rule.\n\nExample: expertrig recommend --profile docs/examples/typical.yaml --format json --output builds.json")
        {
            profile, format, output, top,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(top) is < 1 and var n)
            {
                throw new CliException($"--top: expected a number ≥ 1, got {n}");
            }

            var loaded = ProfileInput.Load(parse.GetValue(profile)!);
            var consultation = Advisor.Advisor.Default.Consult(loaded);
            var view = RecommendationViewBuilder.From(consultation, parse.GetValue(top));
            var text = CommonOptions.ParseFormat(parse.GetValue(format)!) == OutputFormat.Json
                ? JsonOutput.Serialize(view) + "\n"
                : MarkdownReport.Render(view);
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, text);
            }
            else
            {
                parse.InvocationConfiguration.Output.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
