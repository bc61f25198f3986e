using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>The composer's enumeration and ledger, on the shipped catalog.</summary>
public sealed class BuildComposerTests
{
    [Fact]
    public void Compose_KeepsEveryTemplate_AndStaysWithinTheCandidateLimit()
    {
        var requirements = BuildFixtures.Requirements([new Workload("qwen-2.5-32b", "Q4_K_M", 8192, 20)], budget: 20_000);

        var composition = BuildComposer.Compose(BuildFixtures.Archetypes, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);

        composition.Candidates.Take(BuildFixtures.Archetypes.Count).ShouldBe(BuildFixtures.Archetypes);
        composition.Candidates.Count.ShouldBeLessThanOrEqualTo(BuildComposer.MaxCandidates);
        composition.Candidates.Skip(BuildFixtures.Archetypes.Count).ShouldNotBeEmpty();
    }

    [Fact]
    public void Compose_ConsidersEveryCatalogGpu_EitherComposedOrInTheLedger()
    {
        var requirements = BuildFixtures.Requirements([new Workload("llama-3-8b", null, 8192, 20)], budget: 3_000);

        var composition = BuildComposer.Compose(BuildFixtures.Archetypes, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);

        var composed = composition.Candidates.Skip(BuildFixtures.Archetypes.Count).Select(a => a.Gpu!).ToHashSet();
        foreach (var gpu in BuildFixtures.Catalog.Gpus)
        {
            var name = AcceleratorOption.ShortName(gpu);
            (composed.Contains(gpu.Id) || composition.Pruned.Any(p => p.Option.Contains($"× {name} ("))).ShouldBeTrue(gpu.Id);
        }

        composition.Pruned.ShouldAllBe(p => p.Because.Length > 20);
    }

    [Fact]
    public void Compose_UsedOnlyCards_AreLeftOutWithoutConsent()
    {
        var requirements = BuildFixtures.Requirements([new Workload("qwen-2.5-32b", "Q4_K_M")], acceptUsed: false, budget: 5_000);

        var composition = BuildComposer.Compose(BuildFixtures.Archetypes, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);

        composition.Candidates.Skip(BuildFixtures.Archetypes.Count).ShouldNotContain(a => a.UsedGpus);
        composition.Pruned.ShouldContain(p => p.Option.StartsWith("1× RTX 3090 (used)") && p.Because.Contains("does not accept used"));
    }

    [Fact]
    public void Compose_ASpeedNoCardCanReach_IsPrunedByTheBandwidthCeiling()
    {
        var requirements = BuildFixtures.Requirements([new Workload("llama-3-70b", "Q4_K_M", 8192, 200)], budget: 50_000);

        var composition = BuildComposer.Compose(BuildFixtures.Archetypes, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);

        composition.Candidates.Count.ShouldBe(BuildFixtures.Archetypes.Count);
        composition.Pruned.ShouldContain(p => p.Because.Contains("at full memory bandwidth"));
    }

    [Fact]
    public void ComposedTitles_NameTheCardsAndThePlatform()
    {
        var requirements = BuildFixtures.Requirements([new Workload("llama-3-70b", "Q4_K_M", 8192, 15)], acceptUsed: true, budget: 8_000);

        var composition = BuildComposer.Compose(BuildFixtures.Archetypes, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);

        composition.Candidates.Select(a => a.Title).ShouldContain("2× RTX 3090 (used) on X870E");
    }

    [Fact]
    public void NvlinkCards_AreAlsoComposedInBridgedPairs_SeatedAtACatalogBridgesSpacing()
    {
        // At $6,000 the single 48-96 GB cards are over budget and leave the bridged pair its candidate place (at
        // $8,000 the budget parts bring a 96 GB card's lower bound among the two nearest over budget, which fills it).
        var requirements = BuildFixtures.Requirements([new Workload("llama-3-70b", "Q4_K_M", 8192, 15)], acceptUsed: true, budget: 6_000);

        var composition = BuildComposer.Compose(BuildFixtures.Archetypes, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);

        var composed = composition.Candidates.Skip(BuildFixtures.Archetypes.Count).ToList();
        var bridged = composed.Single(a => a.Gpu == "rtx-3090" && a.NvlinkPairs == 1);
        bridged.Title.ShouldBe("2× RTX 3090 (used) with NVLink on X870E");
        bridged.Id.ShouldEndWith("-nvlink");
        composed.ShouldContain(a => a.Gpu == "rtx-3090" && a.GpuCount == 2 && a.NvlinkPairs == 0); // evaluated beside it
        var build = BuildConfigurator.Configure(bridged, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);
        build.UsesNvlink.ShouldBeTrue();
        var bridge = build.Accessories.Single(a => a.Kind == AccessoryKind.NvlinkBridge);
        var plan = GpuSlotPlanner.PlanFor(build)!;
        (plan.Slots[1].Position - plan.Slots[0].Position).ShouldBe(bridge.SlotSpacing!.Value);
        composition.Pruned.ShouldContain(p => p.Option == "4× RTX 3090 (used) with NVLink" && p.Because.Contains("seats 4"));
    }

    [Fact]
    public void ABridgedPair_CostsItsBridgeInTheBudgetBound_AndAWindowsBuildItsLicence()
    {
        // At $500 for an 8B model the two cheapest over-budget options are single cards: the pairs are in the ledger.
        var linux = BuildFixtures.Requirements([new Workload("llama-3-8b", null, 8192, 20)], acceptUsed: true, budget: 500);
        var windows = new Requirements(linux.Profile with { Os = OperatingSystemChoice.Windows });

        string Bound(Requirements requirements, string option) =>
            BuildComposer.Compose(BuildFixtures.Archetypes, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge)
                .Pruned.Single(p => p.Option == option).Because;

        var bridge = ComponentPrice.UnitPrice(BuildFixtures.Catalog.Accessories.First(a => a.Id == "nvlink-bridge-3090-3-slot").PriceUsd.Range);
        Dollars(Bound(linux, "2× RTX 3090 (used) with NVLink")).ShouldBe(Dollars(Bound(linux, "2× RTX 3090 (used)")) + bridge);
        Dollars(Bound(windows, "2× RTX 3090 (used)")).ShouldBe(Dollars(Bound(linux, "2× RTX 3090 (used)")) + 110);
        Bound(windows, "2× RTX 3090 (used)").ShouldContain("and a Windows licence");
    }

    private static double Dollars(string because) =>
        double.Parse(System.Text.RegularExpressions.Regex.Match(because, @"at least \$([\d,]+)").Groups[1].Value.Replace(",", string.Empty),
            System.Globalization.CultureInfo.InvariantCulture);
}
