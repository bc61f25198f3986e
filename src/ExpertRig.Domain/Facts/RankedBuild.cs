namespace ExpertRig.Domain.Facts;

/// <summary>A feasible build's place in the recommendation, with its score and how the score was made.</summary>
public sealed record RankedBuild(int Rank, Builds.Build Build, double Score, string Explanation);
