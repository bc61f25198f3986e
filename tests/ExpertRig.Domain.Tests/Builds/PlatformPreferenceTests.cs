using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>
/// The composer's platform preference and what makes it cheap: the seating lists ordered by lower bound, each
/// platform's RAM figures worked out once, the kit choice shared by value within a composition, and the one-pass
/// preference that stops at the budget. Each is checked against the plain definition over the catalog's options.
/// </summary>
public sealed class PlatformPreferenceTests
{
    private static readonly Catalog.Catalog Catalog = BuildFixtures.Catalog;

    private static readonly double CheapestLicenceUsd =
        Catalog.Accessories.Where(a => a.Kind == AccessoryKind.OsLicence).Min(a => ComponentPrice.UnitPrice(a.PriceUsd.Range));

    private static readonly Workload[][] Workloads =
    [
        [new Workload("llama-3-8b", "Q4_K_M")],
        [new Workload("qwen-2.5-32b", "Q4_K_M")],
        [new Workload("llama-3-70b", "Q4_K_M")],
        [new Workload("llama-3-70b", "Q4_K_M"), new Workload("llama-3-8b", "Q8_0")],
    ];

    [Fact]
    public void SeatingLists_AreOrderedByLowerBound_WithEachPlatformsRamFiguresAsTheCatalogGivesThem()
    {
        foreach (var (option, requirements) in Options(BuildFixtures.Requirements([new Workload("llama-3-8b", null)])))
        {
            var seating = PlatformChooser.Seating(option, requirements, Catalog);
            for (var i = 1; i < seating.Count; i++)
            {
                seating[i].LowerBoundUsd.ShouldBeGreaterThanOrEqualTo(seating[i - 1].LowerBoundUsd, option.Label);
            }

            foreach (var platform in seating)
            {
                platform.MaxRamGb.ShouldBe(PlatformChooser.MaxRamGb(platform.Board, platform.Cpu, Catalog));
                platform.RamGbs.ShouldBe(Platform.FastestRamGbs(platform.Cpu, platform.Board, Catalog));
            }
        }
    }

    [Fact]
    public void TheKitAPlatformIsPricedWith_IsTheChoosersOwn_AndDependsOnlyOnTheRamSizes()
    {
        foreach (var ecc in new[] { false, true })
        {
            var kits = new PlatformKits(ecc, Catalog);
            foreach (var workloads in Workloads)
            {
                var requirements = new Requirements(BuildFixtures.Requirements(workloads).Profile with { EccRequired = ecc });
                foreach (var (option, _) in Options(requirements))
                {
                    var need = RamSizing.ForConfiguration(option.Gpu, option.Count, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);
                    var sizesOnly = need with { Rows = [], OffloadGb = 0 };
                    foreach (var platform in PlatformChooser.Seating(option, requirements, Catalog))
                    {
                        var own = MemoryKitChooser.Choose(platform.Board, platform.Cpu, null, need, ecc, Catalog, withReason: false);
                        var shared = kits.For(platform, need);
                        var bySizes = MemoryKitChooser.Choose(platform.Board, platform.Cpu, null, sizesOnly, ecc, Catalog, withReason: false);
                        (shared.Kit?.Id, shared.Count).ShouldBe((own.Kit?.Id, own.Count), $"{option.Label} on {platform.Board.Id} + {platform.Cpu.Id}");
                        (bySizes.Kit?.Id, bySizes.Count).ShouldBe((own.Kit?.Id, own.Count), "the cache key holds only the sizes");
                    }
                }
            }
        }
    }

    [Fact]
    public void ThePreference_InOnePass_ChoosesWhatItsThreeStepsChoose_AtEveryBudgetEdge()
    {
        var compared = 0;
        var kits = new PlatformKits(false, Catalog);
        foreach (var workloads in Workloads)
        {
            foreach (var acceptUsed in new[] { false, true })
            {
                foreach (var os in new[] { OperatingSystemChoice.Linux, OperatingSystemChoice.Windows })
                {
                    var profile = BuildFixtures.Requirements(workloads, acceptUsed: acceptUsed).Profile with { Os = os };
                    var needs = BuildFixtures.Needs(new Requirements(profile));
                    var licenceUsd = os == OperatingSystemChoice.Windows ? CheapestLicenceUsd : 0;
                    foreach (var (option, _) in Options(new Requirements(profile)))
                    {
                        var ram = RamSizing.ForConfiguration(option.Gpu, option.Count, new Requirements(profile), needs, BuildFixtures.Knowledge);
                        foreach (var budget in BudgetEdges(option, new Requirements(profile), ram, licenceUsd, kits))
                        {
                            var requirements = new Requirements(profile with { BudgetUsd = budget });
                            foreach (var passes in new Func<Platform, bool>[] { _ => true, p => p.Cpu.MemoryChannels >= 4 })
                            {
                                var chosen = BuildComposer.ChoosePlatform(option, requirements, ram, licenceUsd, kits, Catalog, passes);
                                chosen.ShouldBeSameAs(ThreeSteps(option, requirements, ram, licenceUsd, passes), $"{option.Label}, ${budget}, used {acceptUsed}, {os}");
                                compared++;
                            }
                        }
                    }
                }
            }
        }

        compared.ShouldBeGreaterThan(5_000);
    }

    // Budgets at which the choice can change: each of the first platforms' price with its kit and licence, and a dollar
    // below it; and one that reaches every platform.
    private static IEnumerable<double> BudgetEdges(AcceleratorOption option, Requirements requirements, RamRequirement ram, double licenceUsd, PlatformKits kits)
    {
        yield return 1_000_000;
        foreach (var platform in PlatformChooser.Seating(option, requirements, Catalog).Take(6))
        {
            var memory = kits.For(platform, ram);
            var priced = platform.LowerBoundUsd + (memory.Kit is null ? 0 : memory.Count * memory.Kit.PriceUsd.Range.Midpoint) + licenceUsd;
            yield return priced;
            yield return priced - 1;
        }
    }

    /// <summary>The preference as docs/configurator.md states it: three scans of the seating list, cheapest first.</summary>
    private static Platform? ThreeSteps(AcceleratorOption option, Requirements requirements, RamRequirement ram, double licenceUsd, Func<Platform, bool> passes)
    {
        bool Holds(Platform p, double ramGb)
        {
            if (PlatformChooser.MaxRamGb(p.Board, p.Cpu, Catalog) < ramGb)
            {
                return false;
            }

            var memory = MemoryKitChooser.Choose(p.Board, p.Cpu, null, ram, requirements.Profile.EccRequired, Catalog, withReason: false);
            var usedOnly = memory.Kit is not null && (p.Cpu.PriceUsd.New is null || p.Board.PriceUsd.New is null || memory.Kit.PriceUsd.New is null);
            return memory.Kit is not null && (requirements.Profile.AcceptUsed || !usedOnly)
                && p.LowerBoundUsd + (memory.Count * memory.Kit.PriceUsd.Range.Midpoint) + licenceUsd <= requirements.BudgetUsd;
        }

        var seating = PlatformChooser.Seating(option, requirements, Catalog);
        return seating.FirstOrDefault(p => passes(p) && Holds(p, ram.RecommendedGb))
            ?? seating.FirstOrDefault(p => passes(p) && Holds(p, ram.MinimumGb))
            ?? seating.FirstOrDefault(passes);
    }

    // Every catalog card × 1 to 8, new or used as the profile allows, and every even count bridged where a bridge exists.
    private static IEnumerable<(AcceleratorOption Option, Requirements Requirements)> Options(Requirements requirements)
    {
        foreach (var gpu in Catalog.Gpus)
        {
            var used = gpu.PriceUsd.New is null || (requirements.Profile.AcceptUsed && gpu.PriceUsd.Used is not null);
            for (var count = 1; count <= BuildComposer.MaxGpus; count++)
            {
                yield return (new AcceleratorOption(gpu, count, used), requirements);
                if (gpu.Nvlink && count % 2 == 0 && PlatformChooser.Bridges(gpu, Catalog).Any())
                {
                    yield return (new AcceleratorOption(gpu, count, used, Nvlink: true), requirements);
                }
            }
        }
    }
}
