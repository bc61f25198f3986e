using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Facts;

/// <summary>The inference engine chosen for a build, and why.</summary>
public sealed record SoftwareChoice(Builds.Build Build, InferenceEngine Engine, string Reason)
{
    /// <summary>The choice with the engine's CLI id (vllm, llama.cpp), as the audit trail shows it.</summary>
    public override string ToString() => $"Software for {Build.Archetype}: {EngineNames.Display(Engine)}";
}
