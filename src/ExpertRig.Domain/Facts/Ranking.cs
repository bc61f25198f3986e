namespace ExpertRig.Domain.Facts;

/// <summary>The feasible builds in recommended order.</summary>
public sealed record Ranking(IReadOnlyList<RankedBuild> Builds)
{
    /// <inheritdoc />
    public override string ToString() => $"Ranking: {string.Join(", ", Builds.Select(b => $"{b.Rank}. {b.Build.Archetype}"))}";
}
