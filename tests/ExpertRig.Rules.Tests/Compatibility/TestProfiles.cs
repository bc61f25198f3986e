using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Rules.Tests.Compatibility;

/// <summary>Profiles for rule fixtures: Llama 3 70B on a generous budget, every other key at its default.</summary>
internal static class TestProfiles
{
    public static Profile Default { get; } = new()
    {
        Workloads = [new Workload("llama-3-70b", "Q4_K_M")],
        BudgetUsd = 100_000,
    };

    public static Requirements Requirements(Func<Profile, Profile>? change = null) => new((change ?? (p => p))(Default));
}
