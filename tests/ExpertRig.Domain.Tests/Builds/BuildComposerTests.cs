using ExpertRig.Domain.Builds.Composition;
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
}
