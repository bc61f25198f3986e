using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Configuration;

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
}
