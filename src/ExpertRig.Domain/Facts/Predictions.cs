using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Domain.Facts;

/// <summary>Builds the <see cref="WorkloadPrediction"/> fact from the physics model.</summary>
public static class Predictions
{
    /// <summary>The prediction of one workload on one build with its chosen engine.</summary>
    public static WorkloadPrediction For(
        Build build, SoftwareChoice software, WorkloadNeed need, Requirements requirements, Knowledge knowledge)
    {
        var (engine, quant, estimate) = WorkloadPredictor.Predict(build, need, software.Engine, requirements.Users, knowledge, requirements.KvCache);
        return new WorkloadPrediction(build, need, quant, engine, estimate);
    }

    /// <summary>
    /// The prediction of one workload on one build when every workload stays loaded (<c>run_together</c>): the
    /// quantizations are chosen together so that they fit side by side (<see cref="JointQuantChoice"/>).
    /// </summary>
    public static WorkloadPrediction For(
        Build build, SoftwareChoice software, WorkloadNeed need, IReadOnlyList<WorkloadNeed> together, Requirements requirements, Knowledge knowledge)
    {
        if (!requirements.Profile.RunTogether || together.Count < 2)
        {
            return For(build, software, need, requirements, knowledge);
        }

        var ordered = WorkloadNeed.ByIndex(together);
        var (engine, quant, estimate, alone) = WorkloadPredictor.Predict(
            build, need, ordered, software.Engine, requirements.Users, knowledge, requirements.KvCache);
        return new WorkloadPrediction(build, need, quant, engine, estimate) { AloneQuant = alone };
    }
}
