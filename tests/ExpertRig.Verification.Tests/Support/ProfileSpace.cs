using CsCheck;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Verification.Tests.Support;

/// <summary>
/// Generates valid profiles over the whole shipped catalog: every model and quantization id, contexts up to each
/// model's maximum, 1–64 users, budgets from $1,000 to $100,000, and every enum value and flag.
/// </summary>
internal static class ProfileSpace
{
    private static readonly Domain.Catalog.Catalog Catalog = Advisor.Advisor.Default.Knowledge.Catalog;

    private static readonly int[] Contexts = [512, 2048, 4096, 8192, 16384, 32768, 65536, 131072];

    private static readonly Gen<Workload> Workloads =
        from model in Gen.OneOf([.. Catalog.Models])
        from quant in Gen.Frequency((3, Gen.Const((string?)null)), (4, Gen.OneOf([.. Catalog.Quantizations.Ids]).Select(id => (string?)id)))
        from context in Gen.OneOf(Contexts)
        from speed in Gen.OneOf<double?>(null, null, 1, 5, 10, 15, 20, 40, 80)
        select new Workload(model.Id, quant, Math.Min(context, model.MaxContextTokens), speed);

    /// <summary>Profiles a loader would accept, spread over the catalog.</summary>
    public static Gen<Profile> Profiles { get; } =
        from workloads in Workloads.List[1, 3]
        from users in Gen.OneOf(1, 1, 1, 2, 3, 4, 6, 8, 12, 16, 20, 32, 64)
        from budget in Gen.Frequency((3, Gen.Int[10, 200].Select(b => b * 100.0)), (1, Gen.Int[20, 100].Select(b => b * 1000.0)))
        from os in Gen.Enum<OperatingSystemChoice>()
        from privacy in Gen.Enum<Privacy>()
        from circuit in Gen.Enum<Circuit>()
        from flags in Gen.Int[0, 15]
        from hours in Gen.OneOf(1.0, 4.0, 8.0, 24.0)
        from price in Gen.OneOf(0.08, 0.15, 0.35)
        from priorities in Gen.Enum<Priority>().HashSet[0, 3]
        select new Profile
        {
            Workloads = workloads,
            ConcurrentUsers = users,
            BudgetUsd = budget,
            Os = os,
            Privacy = privacy,
            Circuit = circuit,
            HoursPerDay = hours,
            ElectricityUsdPerKwh = price,
            AcceptUsed = (flags & 1) != 0,
            FineTuning = (flags & 2) != 0,
            OtherGpuWorkloads = (flags & 4) != 0,
            EccRequired = (flags & 8) != 0,
            Priorities = [.. priorities.Order()],
        };
}
