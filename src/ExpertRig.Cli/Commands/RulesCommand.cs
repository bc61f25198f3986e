using System.CommandLine;
using ExpertRig.Cli.Output;
using ExpertRig.Rules;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig rules</c>: every rule with its name, priority, tags, description and source.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("text", "json");
        var command = new Command("rules", "List every rule of the knowledge base: name, priority, tags, description, source.")
        {
            format,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var rules = KnowledgeBase.Rules.Select(r => new RuleListing(
                r.Name, r.Priority, r.Tags, r.Description, r.Source ?? "")).ToList();
            if (CommonOptions.ParseFormat(parse.GetValue(format)!) == OutputFormat.Json)
            {
                output.Write(JsonOutput.Serialize(rules) + "\n");
                return ExitCodes.Success;
            }

            var table = new TextTable("rule", "priority", "tags", "description");
            foreach (var rule in rules)
            {
                table.Add(rule.Name, rule.Priority.ToString(), string.Join(",", rule.Tags), rule.Description);
            }

            output.Write(table.ToString());
            output.Write($"{rules.Count} rules\n");
            return ExitCodes.Success;
        });
        return command;
    }

    internal sealed record RuleListing(string Name, int Priority, IReadOnlyList<string> Tags, string Description, string Source);
}
