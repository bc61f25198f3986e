namespace ExpertRig.Advisor.View;

/// <summary>
/// A speed the guide quotes for hardware in the report, recomputed by the physics model: the bandwidth ceiling, our
/// estimate and the verdict; with a tensor-parallel engine's figures when the claim could only hold with one.
/// </summary>
/// <param name="Claim">The claim's id in catalog/physics/seed-claims.yaml.</param>
/// <param name="Quote">The guide's words.</param>
/// <param name="Where">The guide section.</param>
/// <param name="Setup">The hardware, model, quantization and engine the claim describes.</param>
/// <param name="Builds">The archetypes of the report's builds that use this hardware.</param>
public sealed record GuideCorrectionView(
    string Claim,
    string Quote,
    string Where,
    double ClaimedLow,
    double ClaimedHigh,
    string Setup,
    double CeilingTokensPerS,
    double? EstimateTokensPerS,
    string Verdict,
    string? TensorParallelEngine,
    double? TensorParallelEstimateTokensPerS,
    double? TensorParallelCeilingTokensPerS,
    IReadOnlyList<string> Builds);
