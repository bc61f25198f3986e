using System.CommandLine;
using ExpertRig.Advisor.View;
using ExpertRig.Cli.Output;
using ExpertRig.Reporting;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig recommend</c>: ranked, justified builds for a profile, as a Markdown report or JSON.</summary>
internal static class RecommendCommand
{
    public static Command Create()
    {
        var profile = new Option<string>("--profile") { HelpName = "file", Description = "The profile YAML (see docs/profile.md and docs/examples/).", Required = true };
        var format = CommonOptions.Format("markdown", "json");
        var output = new Option<string?>("--output") { HelpName = "file", Description = "Write the report to this file (atomically) instead of standard output." };
        var top = new Option<int?>("--top") { HelpName = "n", Description = "Keep only the best N builds." };
        var template = new Option<string?>("--template") { HelpName = "file", Description = "Render the Markdown report with this Scriban template instead of the shipped templates/report.md.sbn; its includes must stay in its folder." };
        var prices = PricesOption.Create();
        var stamp = new Option<bool>("--stamp") { Description = "Write the generation time (UTC) into the Markdown report; without it the same profile always gives the same bytes." };
        var audit = new Option<string?>("--audit")
        {
            HelpName = "file",
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Write the audit trail (every rule firing with its facts) to this file, which the report names; " +
                "--audit alone appends it to the report.",
        };
        var command = new Command("recommend", "Recommend complete builds for a profile, ranked and justified rule by rule.")
        {
            profile, format, output, top, template, stamp, audit, prices,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(top) is < 1 and var n)
            {
                throw new CliException($"--top: expected a number ≥ 1, got {n}");
            }

            var json = CommonOptions.ParseFormat(parse.GetValue(format)!) == OutputFormat.Json;
            var custom = parse.GetValue(template);
            var auditAsked = parse.GetResult(audit) is not null;
            if (json && (custom is not null || parse.GetValue(stamp) || auditAsked))
            {
                var option = custom is not null ? "--template" : parse.GetValue(stamp) ? "--stamp" : "--audit";
                throw new CliException($"{option}: applies to the Markdown report only, not to --format json (which carries audit_trail)");
            }

            var auditFile = parse.GetValue(audit);
            var placement = !auditAsked ? AuditPlacement.Pointer
                : auditFile is null ? AuditPlacement.InReport
                : AuditPlacement.InFile(auditFile);

            var renderer = custom is null ? ReportRenderer.Shipped() : new ReportRenderer(custom);
            var loaded = PricesOption.Apply(parse, prices, ProfileInput.Load(parse.GetValue(profile)!), Advisor.Advisor.Default.Knowledge.Catalog);
            var consultation = Advisor.Advisor.Default.Consult(loaded);
            var view = RecommendationViewBuilder.From(consultation, parse.GetValue(top));
            var text = json
                ? JsonOutput.Serialize(view) + "\n"
                : renderer.Render(view, parse.GetValue(stamp) ? DateTimeOffset.UtcNow : null, placement);
            List<KeyValuePair<string, string>> inputs = [new("--profile", parse.GetValue(profile)!)];
            if (custom is not null)
            {
                inputs.Add(new("--template", custom));
            }

            if (parse.GetValue(prices) is { } priceFile)
            {
                inputs.Add(new("--prices", priceFile));
            }

            if (auditFile is not null)
            {
                AtomicFile.Write(auditFile, ReportRenderer.ShippedAudit().Render(view), "--audit", inputs);
            }

            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, text, "--output", inputs);
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
