using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Facts;

/// <summary>The user's whole-system needs, from the profile with its defaults made explicit.</summary>
public sealed record Requirements(Profile Profile)
{
    /// <summary>Whole-system budget in US dollars.</summary>
    public double BudgetUsd => Profile.BudgetUsd;

    /// <summary>People using the machine at the same time.</summary>
    public int Users => Profile.ConcurrentUsers;

    /// <summary>KV cache element type of every workload (profile <c>kv_cache</c>).</summary>
    public Physics.KvCacheType KvCache => Profile.KvCache;

    /// <summary>True when the named priority was given.</summary>
    public bool Wants(Priority priority) => Profile.HasPriority(priority);

    /// <summary>The needs in the profile's own words (os: linux, circuit: 20a-120v), as the audit trail shows them.</summary>
    public override string ToString() =>
        $"Requirements ({(Profile.HasBudget ? Figures.Usd(BudgetUsd) : "no budget")}, {Users} user(s), os {ProfileTokens.ToToken(Profile.Os)}, "
        + $"privacy {ProfileTokens.ToToken(Profile.Privacy)}, circuit {ProfileTokens.ToToken(Profile.Circuit)})";
}
