using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Advisor.Tests;

/// <summary>Invariants every recommendation keeps, over generated profiles.</summary>
public sealed class RecommendationInvariants
{
    private static readonly string[] Models =
        ["llama-3-8b", "llama-3-70b", "qwen-2.5-14b", "qwen-2.5-32b", "qwen-2.5-72b", "mixtral-8x7b", "deepseek-r1-32b", "mistral-7b", "llama-3.1-405b"];

    private static readonly string?[] Quants = [null, null, "Q4_K_M", "Q8_0", "Q5_K_M", "Q3_K_M", "F16"];

    internal static readonly Gen<Profile> Profiles =
        from workloads in Gen.Select(Gen.OneOf(Models), Gen.OneOf(Quants), Gen.OneOf(2048, 4096, 8192),
                Gen.OneOf<double?>(null, null, 5, 10, 20, 40),
                (m, q, c, s) => new Workload(m, q, c, s)).List[1, 3]
        from users in Gen.OneOf(1, 1, 2, 4, 8, 16)
        from budget in Gen.Int[15, 600].Select(b => b * 100.0)
        from os in Gen.Enum<OperatingSystemChoice>()
        from privacy in Gen.Enum<Privacy>()
        from circuit in Gen.Enum<Circuit>()
        from flags in Gen.Int[0, 15]
        from priorities in Gen.Enum<Priority>().HashSet[0, 3]
        select new Profile
        {
            Workloads = workloads,
            ConcurrentUsers = users,
            BudgetUsd = budget,
            Os = os,
            Privacy = privacy,
            Circuit = circuit,
            AcceptUsed = (flags & 1) != 0,
            FineTuning = (flags & 2) != 0,
            OtherGpuWorkloads = (flags & 4) != 0,
            EccRequired = (flags & 8) != 0,
            Priorities = [.. priorities.Order()],
        };

    [Fact]
    public void EveryRecommendedBuild_KeepsEveryHardConstraint_AndIsJustified() =>
        Profiles.Sample(profile =>
        {
            var consultation = Consult.Profile(profile);
            foreach (var ranked in consultation.Ranked)
            {
                var build = ranked.Build;
                build.TotalPriceUsd.ShouldBeLessThanOrEqualTo(profile.BudgetUsd, build.Archetype);
                consultation.FindingsFor(build).ShouldNotContain(f => f.Kind == FindingKind.Violation);
                consultation.FindingsFor(build).ShouldContain(f => f.Kind == FindingKind.Endorsement || f.Kind == FindingKind.Note);
                foreach (var prediction in consultation.PredictionsFor(build))
                {
                    prediction.Estimate.Runs.ShouldBeTrue(build.Archetype);
                    prediction.MeetsSpeed.ShouldBeTrue(build.Archetype);
                }

                if (!build.IsUnified)
                {
                    var power = consultation.PowerFor(build)!.Estimate;
                    (build.Psu!.Watts * build.PsuCount).ShouldBeGreaterThanOrEqualTo(power.RequiredPsuWatts, build.Archetype);
                    // A slot for every card: an x16 slot bifurcated x8/x8 for two cards on risers counts twice.
                    (build.Motherboard!.X16Slots.Count + (GpuSlotPlanner.RiserPlanFor(build)?.SplitPositions.Count ?? 0))
                        .ShouldBeGreaterThanOrEqualTo(build.GpuCount, build.Archetype);
                    build.Cpu!.PcieLanes.ShouldBeGreaterThanOrEqualTo(8 * build.GpuCount, build.Archetype);
                }

                var circuit = ProfileTokens.ToToken(profile.Circuit);
                consultation.PowerFor(build)!.Estimate.Circuits.Single(c => c.Circuit.Id == circuit).Suffices.ShouldBeTrue(build.Archetype);
            }

            consultation.Ranked.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, consultation.Ranked.Count));
            (consultation.Ranked.Count + consultation.Rejected.Count).ShouldBe(consultation.Builds.Count);
        }, iter: 60, threads: 1);
}
