using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>
/// The PSU sizing and power budget added up straight from a build (<see cref="BuildPower.SizePsus"/>) are the ones
/// made from its list of power components: the same sums, the same PSU count, the same circuit verdicts, and the same
/// error for a component no budget can take.
/// </summary>
public sealed class PowerSizingWithoutListTests
{
    private static readonly Archetype[] Archetypes = [.. BuildFixtures.Archetypes];

    private static readonly Catalog.Catalog Catalog = BuildFixtures.Catalog;

    private static readonly PowerConstants Constants = BuildFixtures.Knowledge.Physics.Power;

    // Any archetype, configured under any power limit, then with its cards, CPU and board varied (a count of 0 or
    // fewer, no CPU, another catalog CPU or board, a card whose board power is negative).
    private static readonly Gen<Build> GenBuild = Gen.Select(
        Gen.Int[0, Archetypes.Length - 1],
        Gen.Int[GpuPowerLimit.MinPercent, GpuPowerLimit.StockPercent + 20],
        Gen.Int[-1, 9],
        Gen.Int[-1, Catalog.Cpus.Count - 1],
        Gen.Int[-1, Catalog.Motherboards.Count - 1],
        Gen.Int[0, 9],
        (archetype, limit, count, cpu, board, odd) =>
        {
            var requirements = new Requirements(BuildFixtures.Typical.Profile with
            {
                GpuPowerLimitPercent = limit > GpuPowerLimit.StockPercent ? GpuPowerLimit.StockPercent : limit,
            });
            var build = BuildConfigurator.Configure(Archetypes[archetype], requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);
            if (build.IsUnified)
            {
                return count < 0 ? build with { SystemCount = odd % 3 } : build;
            }

            build = build with
            {
                GpuCount = count < 0 ? build.GpuCount : count,
                Cpu = cpu < 0 ? (odd == 0 ? null : build.Cpu) : Catalog.Cpus[cpu],
                Motherboard = board < 0 ? build.Motherboard : Catalog.Motherboards[board],
            };
            return odd == 9 && build.Gpu is { } gpu ? build with { Gpu = gpu with { BoardPowerW = -gpu.BoardPowerW } } : build;
        });

    [Fact]
    public void SizePsus_FromTheBuild_IsTheSizingOfItsComponents()
    {
        GenBuild.Sample(build =>
        {
            var fromList = Outcome(() => PowerEstimator.SizePsus(BuildPower.Components(build), Constants));
            Outcome(() => BuildPower.SizePsus(build, Constants)).ShouldBe(fromList);
        }, iter: 1500);
    }

    [Fact]
    public void PowerBudget_IsTheEstimateOfTheBuildsComponents()
    {
        GenBuild.Sample(build =>
        {
            var requirements = BuildFixtures.Typical;
            var fromList = Outcome(() => Describe(PowerEstimator.Estimate(BuildPower.Components(build), Constants)));
            Outcome(() => Describe(PowerBudgets.For(build, requirements, BuildFixtures.Knowledge).Estimate)).ShouldBe(fromList);
        }, iter: 800);
    }

    private static string Outcome<T>(Func<T> figure)
    {
        try
        {
            return $"{figure()}";
        }
        catch (ArgumentException error)
        {
            return $"{error.GetType().Name}: {error.Message}";
        }
    }

    private static string Describe(PowerEstimate e) =>
        $"{e.SustainedWatts:R} {e.PeakWatts:R} {e.RequiredPsuWatts:R} {e.PsuCount} {e.PsuUnitWatts} {e.SustainedWallWatts:R} {e.PeakWallWatts:R} "
        + $"{e.AmpsAt120V:R} {e.AmpsAt240V:R} | {string.Join(" | ", e.Circuits.Select(c => $"{c} {c.Reason}"))} | {string.Join(" | ", e.Assumptions)}";
}
