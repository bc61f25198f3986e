using ExpertRig.Engine.Dsl;

namespace ExpertRig.Engine;

/// <summary>What the audit trail says about a rule: its name, description, tags, priority and source.</summary>
public sealed record RuleMetadata(
    string Name,
    string Description,
    IReadOnlyList<string> Tags,
    int Priority,
    RuleRepeatability Repeatability,
    string? Source,
    Type RuleType);
