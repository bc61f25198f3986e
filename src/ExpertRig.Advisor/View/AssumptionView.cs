namespace ExpertRig.Advisor.View;

/// <summary>An assumption the predictions rely on, its source, and the predictions it applies to ("#1 Llama 3 70B").</summary>
public sealed record AssumptionView(string Text, string Source, IReadOnlyList<string> AppliesTo);
