using System.CommandLine;
using System.Text;
using ExpertRig.Cli.Output;
using ExpertRig.Domain.Catalog;
using ExpertRig.Engine;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig explain</c>: the audit trail of a recommendation, or why one rule did or did not fire.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var profile = new Option<string>("--profile") { HelpName = "file", Description = "The profile YAML.", Required = true };
        var rule = new Option<string?>("--rule") { Description = "Explain one rule, one of the names in `expertrig rules`: the facts it matched, or why it did not fire.", HelpName = "name" }.WithRuleNames();
        var format = CommonOptions.Format("text", "json");
        var verbose = new Option<bool>("--verbose") { Description = "With --rule: also print the engine's own account (the pattern and its C# condition)." };
        var command = new Command("explain", "Audit a recommendation: every rule firing in order with its facts, or why a rule did not fire.")
        {
            profile, rule, format, verbose,
        };
        command.SetAction(parse =>
        {
            var consultation = Advisor.Advisor.Default.Consult(ProfileInput.Load(parse.GetValue(profile)!));
            var session = consultation.Session;
            var json = CommonOptions.ParseFormat(parse.GetValue(format)!) == OutputFormat.Json;
            var output = parse.InvocationConfiguration.Output;
            var firings = session.Journal.Select(FiringView.From).ToList();
            if (parse.GetValue(rule) is not { } asked)
            {
                output.Write(json ? JsonOutput.Serialize(firings) + "\n" : Trail(firings));
                return ExitCodes.Success;
            }

            var names = Rules.KnowledgeBase.Rules.Select(r => r.Name).ToList();
            var name = names.FirstOrDefault(n => string.Equals(n, asked, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                var close = IdSuggestions.Closest(asked, names);
                throw new CliException($"--rule: no rule named '{asked}'" +
                    (close.Count > 0 ? $"; did you mean {string.Join(", ", close.Select(c => $"'{c}'"))}?" : "") +
                    " (see 'expertrig rules')");
            }

            var report = session.WhyNot(name);
            var own = firings.Where(f => f.Rule == name).ToList();
            var detail = parse.GetValue(verbose);
            var view = new RuleExplanationView(
                name, report.Fired, Advisor.Explanations.WhyNotSentence.Of(report),
                detail ? report.Explanation : null, detail ? report.Pattern : null, detail ? report.Condition : null, own);
            output.Write(json ? JsonOutput.Serialize(view) + "\n" : RuleText(view));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Trail(IReadOnlyList<FiringView> firings)
    {
        var text = new StringBuilder();
        foreach (var firing in firings)
        {
            AppendFiring(text, firing);
        }

        text.Append(firings.Count).Append(" firings\n");
        return text.ToString();
    }

    private static string RuleText(RuleExplanationView view)
    {
        var text = new StringBuilder().Append(view.Explanation).Append('\n');
        if (view.EngineExplanation is { } engine)
        {
            text.Append("engine: ").Append(engine).Append('\n');
        }

        foreach (var firing in view.Firings)
        {
            AppendFiring(text, firing);
        }

        return text.ToString();
    }

    private static void AppendFiring(StringBuilder text, FiringView firing)
    {
        text.Append('#').Append(firing.Sequence).Append(' ').Append(firing.Rule).Append(": ").Append(firing.Description).Append('\n');
        foreach (var fact in firing.Matched)
        {
            text.Append("    matched ").Append(fact).Append('\n');
        }

        foreach (var fact in firing.Produced)
        {
            text.Append("    produced ").Append(fact).Append('\n');
        }
    }

    internal sealed record RuleExplanationView(
        string Rule, bool Fired, string Explanation, string? EngineExplanation, string? FailingPattern, string? FailingCondition,
        IReadOnlyList<FiringView> Firings);

    internal sealed record FiringView(int Sequence, string Rule, string Description, IReadOnlyList<string> Matched, IReadOnlyList<string> Produced)
    {
        public static FiringView From(FiringRecord record) => new(
            record.Sequence,
            record.Rule.Name,
            record.Rule.Description,
            [.. record.Facts.Select(f => f.ToString())],
            [.. record.Inserted.Select(FactText.Of).Concat(record.Updated.Select(f => "(updated) " + FactText.Of(f)))]);
    }
}
