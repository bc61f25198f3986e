namespace ExpertRig.Advisor.View;

/// <summary>One workload as understood: quant "auto" when ExpertRig chooses it.</summary>
public sealed record WorkloadNeedView(string Model, string ModelName, string Quant, int ContextTokens, double? MinTokensPerS);
