using System.Text.RegularExpressions;
using ExpertRig.Engine.Audit;

namespace ExpertRig.Advisor.Explanations;

/// <summary>
/// Why a rule did or did not fire, as a sentence about the domain: "It did not fire: no software choice satisfies
/// this: it is for this build and it runs vLLM." The engine's own text (patterns, C# conditions) stays for --verbose.
/// </summary>
public static partial class WhyNotSentence
{
    /// <summary>The sentence for <paramref name="report"/>.</summary>
    public static string Of(WhyNotReport report)
    {
        if (report.Fired || report.Matches.Count > 0)
        {
            var sets = report.Matches.Count == 1 ? "one set of facts" : $"{report.Matches.Count} sets of facts";
            return report.Fired
                ? $"Rule '{report.RuleName}' fired: its conditions held for {sets}."
                : $"Rule '{report.RuleName}' has not fired yet: its conditions hold for {sets} and it waits its turn.";
        }

        var lead = $"Rule '{report.RuleName}' did not fire: ";
        var pattern = report.Pattern is null ? null : PatternShape().Match(report.Pattern);
        if (pattern is null || !pattern.Success)
        {
            return lead + (report.Condition is null ? "no set of facts meets all of its conditions." : $"nothing satisfies this: {ConditionWords.Of(report.Condition)}.");
        }

        var kind = pattern.Groups["kind"].Value;
        var type = TypeWords(pattern.Groups["type"].Value);
        var condition = report.Condition;
        return kind switch
        {
            "Not" => lead + $"it needs there to be no {type}{Such(condition)}, and there is one: {Blocker(report)}.",
            "Collect" => lead + $"the {type} facts it collects do not satisfy this: {Words(condition)}.",
            _ when condition is null => lead + $"there is no {type} at all.",
            _ => lead + $"no {type} satisfies this: {Words(condition)}.",
        };
    }

    private static string Such(string? condition) =>
        condition is null or "(any)" ? "" : $" where {Words(condition)}";

    private static string Words(string? condition) =>
        condition is null ? "" : string.Join(" and ", condition.Split(" and ", StringSplitOptions.TrimEntries).Select(ConditionWords.Of));

    // The blocking fact is printed after "satisfies <conditions>: " in the engine's text.
    private static string Blocker(WhyNotReport report)
    {
        var marker = $"satisfies {report.Condition}: ";
        var at = report.Explanation.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? "a fact rules it out" : report.Explanation[(at + marker.Length)..];
    }

    private static string TypeWords(string type) => type switch
    {
        "Requirements" => "profile requirement",
        _ => ConditionWords.Name(type),
    };

    [GeneratedRegex(@"^(?<kind>\w+)<(?<type>\w+)>")]
    private static partial Regex PatternShape();
}
