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
    public bool MeetsSpeed => Need.IsMetBy(DecodePerUser);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Need.Model.Id} {Quant.Name} with {EngineNames.Display(Engine)} on {Build.Archetype}: {Figures.Speed(DecodePerUser)} tok/s per user" +
        (Estimate.Fits ? ", fits" : $", {Figures.Percent(Estimate.OffloadFraction)} offloaded");
}
