namespace ExpertRig.Domain.Facts;

/// <summary>A build no hard constraint rejects.</summary>
public sealed record FeasibleBuild(Builds.Build Build)
{
    /// <inheritdoc />
    public override string ToString() => $"Feasible: {Build.Archetype}";
}
