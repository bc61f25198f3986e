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
    /// <summary>
    /// The quantization this workload would run at by itself, when it was stepped down so that every workload kept
    /// loaded together fits the accelerators (<see cref="Predictions.JointQuantChoice"/>); null otherwise.
    /// </summary>
    public Quantization? AloneQuant { get; init; }

    /// <summary>Decode tokens per second each user sees.</summary>
    public double DecodePerUser => Estimate.DecodeTokensPerSecondPerUser;

    /// <summary>True when the user's speed need (if any) is met.</summary>
    public bool MeetsSpeed => Need.IsMetBy(DecodePerUser);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Need.Model.Id} {Quant.Name} with {EngineNames.Display(Engine)} on {Build.Archetype}: {Figures.Speed(DecodePerUser)} tok/s per user" +
        (Estimate.Fits ? ", fits" : $", {Figures.Percent(Estimate.OffloadFraction)} offloaded");
}
