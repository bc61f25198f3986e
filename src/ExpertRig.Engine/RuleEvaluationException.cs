namespace ExpertRig.Engine;

/// <summary>A condition or action threw: the message names the rule and the facts it was evaluating.</summary>
public sealed class RuleEvaluationException(string ruleName, string part, IReadOnlyList<object> facts, Exception inner)
    : Exception(
        $"rule '{ruleName}' failed in its {part} on [{string.Join(", ", facts.Select(FactText.Of))}]: {inner.Message}",
        inner)
{
    /// <summary>The rule whose expression failed.</summary>
    public string RuleName { get; } = ruleName;

    /// <summary>"condition &lt;text&gt;" or "action &lt;text&gt;".</summary>
    public string Part { get; } = part;

    /// <summary>The facts being evaluated.</summary>
    public IReadOnlyList<object> Facts { get; } = facts;
}
