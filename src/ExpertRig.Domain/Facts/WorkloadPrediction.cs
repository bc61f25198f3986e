using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Facts;

/// <summary>How one workload runs on one build: the quantization chosen and the physics estimate.</summary>
public sealed record WorkloadPrediction(
    Builds.Build Build,
    WorkloadNeed Need,
    Quantization Quant,
    Physics.InferenceEngine Engine,
    InferenceEstimate Estimate)
{
    /// <summary>Decode tokens per second each user sees.</summary>
    public double DecodePerUser => Estimate.DecodeTokensPerSecondPerUser;

    /// <summary>True when the user's speed need (if any) is met.</summary>
    public bool MeetsSpeed => Need.MinTokensPerSecond is not { } min || DecodePerUser >= min;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Need.Model.Id} {Quant.Name} on {Build.Archetype}: {DecodePerUser:0.#} tok/s per user" +
        (Estimate.Fits ? ", fits" : $", {Estimate.OffloadFraction:P0} offloaded");
}
