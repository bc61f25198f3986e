using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Facts;

/// <summary>The inference engine chosen for a build, and why.</summary>
public sealed record SoftwareChoice(Builds.Build Build, InferenceEngine Engine, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"Software for {Build.Archetype}: {Engine}";
}
