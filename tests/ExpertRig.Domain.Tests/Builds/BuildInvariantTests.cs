using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>Invariants of every configured build over generated profiles.</summary>
public sealed class BuildInvariantTests
{
    private static readonly string?[] Quants = [null, "Q4_K_M", "Q8_0", "Q2_K", "Q5_K_M", "F16", "IQ3_XXS"];

    private static readonly Gen<Workload> GenWorkload = Gen.Select(
        Gen.Int[0, BuildFixtures.Catalog.Models.Count - 1],
        Gen.Int[0, Quants.Length - 1],
        Gen.Int[1024, 65536],
        (model, quant, context) => new Workload(BuildFixtures.Catalog.Models[model].Id, Quants[quant], context));

    private static readonly Gen<(Archetype Archetype, Profile Profile)> GenCase = Gen.Select(
        Gen.Int[0, BuildFixtures.Archetypes.Count - 1],
        GenWorkload.Array[1, 4],
        Gen.Int[1, 24],
        Gen.Bool,
        Gen.Bool,
        Gen.Bool,
        Gen.Bool,
        (archetype, workloads, users, used, fineTuning, airGapped, ecc) => (BuildFixtures.Archetypes[archetype], new Profile
        {
            Workloads = workloads,
            BudgetUsd = 20_000,
            ConcurrentUsers = users,
            AcceptUsed = used,
            FineTuning = fineTuning,
            Privacy = airGapped ? Privacy.AirGapped : Privacy.Local,
            EccRequired = ecc,
        }));

    [Fact]
    public void DiscreteBuilds_HavePsuCapacityForTheirPeaks_RamWithinTheBoard_AndPricedParts()
    {
        GenCase.Sample(c =>
        {
            var build = Configure(c.Archetype, c.Profile);

            build.Components.ShouldAllBe(line => line.UnitPriceUsd > 0 && line.Quantity > 0);
            build.TotalPriceUsd.ShouldBeGreaterThan(0);
            if (build.IsUnified)
            {
                build.PsuCount.ShouldBe(0);
                return;
            }

            var power = PowerEstimator.Estimate(BuildPower.Components(build));
            (build.Psu!.Watts * build.PsuCount).ShouldBeGreaterThanOrEqualTo(power.RequiredPsuWatts);
            (build.Psu.Watts * build.PsuCount).ShouldBeGreaterThanOrEqualTo(power.PeakWatts / 0.8);
            build.PsuCount.ShouldBe(power.PsuCount);
            build.SystemRamGb.ShouldBeLessThanOrEqualTo(Math.Min(build.Motherboard!.MaxRamGb, build.Cpu!.MaxRamGb));
            if (build.Memory is { } kit)
            {
                (kit.Modules * build.MemoryKitCount).ShouldBeLessThanOrEqualTo(build.Motherboard.MemorySlots);
                build.Motherboard.MemoryModules.ShouldContain(kit.Module);
            }

            build.Storage.Count(d => d.Kind == Catalog.StorageKind.Nvme).ShouldBeGreaterThanOrEqualTo(2);
        }, iter: 300);
    }

    [Fact]
    public void Builds_AreDeterministic()
    {
        GenCase.Sample(c =>
        {
            var first = Configure(c.Archetype, c.Profile);
            var second = Configure(c.Archetype, c.Profile);

            second.Components.ShouldBe(first.Components);
            second.Storage.ShouldBe(first.Storage);
            second.Gaps.ShouldBe(first.Gaps);
        }, iter: 100);
    }

    [Fact]
    public void RamNeverShrinks_BelowTheArchetypesKit()
    {
        GenCase.Sample(c =>
        {
            if (c.Archetype.Memory is not { } baseKit)
            {
                return;
            }

            var build = Configure(c.Archetype, c.Profile);
            build.SystemRamGb.ShouldBeGreaterThanOrEqualTo(BuildFixtures.Catalog.FindMemoryKit(baseKit).CapacityGb);
        }, iter: 200);
    }

    private static Build Configure(Archetype archetype, Profile profile)
    {
        var requirements = new Facts.Requirements(profile);
        return BuildConfigurator.Configure(archetype, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);
    }
}
