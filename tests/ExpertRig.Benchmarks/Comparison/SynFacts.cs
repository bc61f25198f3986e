namespace ExpertRig.Benchmarks.Comparison;

// The comparison's facts, shaped like the knowledge base's: builds, needs, predictions and findings that point at
// their build, feasibility and one ranking. Classes, not records, so both engines see object identity.

/// <summary>A candidate build.</summary>
public sealed class SynBuild(int id, int tier, int price)
{
    public int Id { get; } = id;

    public int Tier { get; } = tier;

    public int Price { get; } = price;
}

/// <summary>A workload to predict on every build.</summary>
public sealed class SynNeed(int index)
{
    public int Index { get; } = index;
}

/// <summary>A workload predicted on a build.</summary>
public sealed class SynPrediction(SynBuild build, int workload, double speed, bool fits)
{
    public SynBuild Build { get; } = build;

    public int Workload { get; } = workload;

    public double Speed { get; } = speed;

    public bool Fits { get; } = fits;

    public static SynPrediction Of(SynBuild build, SynNeed need) =>
        new(build, need.Index, ((build.Id * 7) + (need.Index * 13)) % 60, (build.Id + need.Index) % 3 != 0);
}

/// <summary>What a check found on a build; a violation rejects it.</summary>
public sealed class SynFinding(SynBuild build, int rule, bool violation)
{
    public SynBuild Build { get; } = build;

    public int Rule { get; } = rule;

    public bool Violation { get; } = violation;
}

/// <summary>A build no violation rejects.</summary>
public sealed class SynFeasible(SynBuild build)
{
    public SynBuild Build { get; } = build;
}

/// <summary>The ranking of the feasible builds.</summary>
public sealed class SynRanking(int feasible, int predictions)
{
    public int Feasible { get; } = feasible;

    public int Predictions { get; } = predictions;

    public static SynRanking Of(IEnumerable<SynFeasible> feasible, IEnumerable<SynPrediction> predictions) =>
        new(feasible.Count(), predictions.Count());
}
