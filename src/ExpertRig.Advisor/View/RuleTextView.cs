namespace ExpertRig.Advisor.View;

/// <summary>A sentence and the rule that concluded it.</summary>
public sealed record RuleTextView(string Rule, string Text);
