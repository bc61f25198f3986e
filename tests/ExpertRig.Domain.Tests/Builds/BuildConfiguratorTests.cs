using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

public sealed class BuildConfiguratorTests
{
    private static readonly ComponentCategory[] BillOrder =
    [
        ComponentCategory.Gpu, ComponentCategory.System, ComponentCategory.Cpu, ComponentCategory.Motherboard, ComponentCategory.Memory,
        ComponentCategory.Storage, ComponentCategory.Psu, ComponentCategory.Cooler, ComponentCategory.Case, ComponentCategory.Accessory,
    ];

    public static TheoryData<string> ArchetypeIds() => new(BuildFixtures.Archetypes.Select(a => a.Id));

    [Theory]
    [MemberData(nameof(ArchetypeIds))]
    public void Configures_EveryArchetype_FromTheRealCatalog(string id)
    {
        var build = BuildFixtures.Configure(id, BuildFixtures.Typical);

        build.Archetype.ShouldBe(id);
        build.Components.ShouldAllBe(c => c.UnitPriceUsd > 0 && c.Quantity > 0 && c.Reason.Length > 20 && c.Reason.EndsWith('.'));
        build.TotalPriceUsd.ShouldBe(build.Components.Sum(c => c.Quantity * c.UnitPriceUsd));
        build.Components.Select(c => Array.IndexOf(BillOrder, c.Category)).ShouldBeInOrder();
        build.SupportedOs.ShouldNotBeEmpty();
        if (build.IsUnified)
        {
            build.Components[0].Category.ShouldBe(ComponentCategory.System);
            build.PsuCount.ShouldBe(0);
        }
        else
        {
            build.Components[0].ShouldSatisfyAllConditions(
                c => c.Category.ShouldBe(ComponentCategory.Gpu),
                c => c.Quantity.ShouldBe(build.GpuCount));
            build.Storage[0].Kind.ShouldBe(StorageKind.Nvme);
        }
    }

    [Theory]
    [MemberData(nameof(ArchetypeIds))]
    public void Leaves_NoGaps_ExceptForPartsTheCatalogLacks(string id)
    {
        var build = BuildFixtures.Configure(id, BuildFixtures.Typical);

        // Every template is complete since the catalog has a DDR4 RDIMM set and an SP3 cooler (the 8x RTX 3090 server).
        build.Gaps.ShouldBeEmpty();

        if (!build.IsUnified)
        {
            (build.Memory is null).ShouldBe(build.Gaps.Any(g => g.StartsWith("memory.yaml", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Gives_TheSameBuild_ForTheSameInput()
    {
        foreach (var archetype in BuildFixtures.Archetypes)
        {
            var first = BuildFixtures.Configure(archetype.Id, BuildFixtures.Typical);
            var second = BuildFixtures.Configure(archetype.Id, BuildFixtures.Typical);

            second.Components.ShouldBe(first.Components);
            second.Storage.ShouldBe(first.Storage);
            second.Accessories.ShouldBe(first.Accessories);
            second.Gaps.ShouldBe(first.Gaps);
        }
    }

    [Fact]
    public void Prices_Rtx3090s_Used_EvenWhenUsedHardwareIsNotAccepted()
    {
        var build = BuildFixtures.Configure("dual-rtx3090-nvlink", BuildFixtures.Typical);

        build.UsedGpus.ShouldBeTrue();
        var gpus = build.Components[0];
        gpus.Used.ShouldBeTrue();
        gpus.UnitPriceUsd.ShouldBe(700); // middle of the guide's $550-850 used range
        gpus.Reason.ShouldContain("sold only used");
    }

    [Fact]
    public void Prices_L40s_Used_OnlyWhenTheUserAcceptsUsedHardware()
    {
        var needs = new[] { new Workload("llama-3-70b", "Q8_0") };

        var newCards = BuildFixtures.Configure("tier3-quad-l40s", BuildFixtures.Requirements(needs));
        var usedCards = BuildFixtures.Configure("tier3-quad-l40s", BuildFixtures.Requirements(needs, acceptUsed: true));

        newCards.UsedGpus.ShouldBeFalse();
        newCards.Components[0].UnitPriceUsd.ShouldBe(9500);
        usedCards.UsedGpus.ShouldBeTrue();
        usedCards.Components[0].ShouldSatisfyAllConditions(c => c.Used.ShouldBeTrue(), c => c.UnitPriceUsd.ShouldBe(5500));
        usedCards.TotalPriceUsd.ShouldBe(newCards.TotalPriceUsd - (4 * 4000));
    }

    [Fact]
    public void Adds_OneNvlinkBridge_PerPair_MatchingTheSlotSpacing()
    {
        var dual = BuildFixtures.Configure("dual-rtx3090-nvlink", BuildFixtures.Typical);
        var eight = BuildFixtures.Configure("eight-rtx3090", BuildFixtures.Typical);

        dual.UsesNvlink.ShouldBeTrue();
        dual.Accessories.Select(a => a.Id).ShouldBe(["nvlink-bridge-3090-3-slot"]); // ProArt slots 1 and 4
        eight.Accessories.Count(a => a.Kind == AccessoryKind.NvlinkBridge).ShouldBe(4);
        eight.Accessories.Where(a => a.Kind == AccessoryKind.NvlinkBridge).ShouldAllBe(a => a.Id == "nvlink-bridge-3090-4-slot");
        BuildFixtures.Configure("tier1-rtx5090", BuildFixtures.Typical).Accessories.ShouldBeEmpty();
    }

    [Fact]
    public void Buys_AWindowsLicence_OnlyForWindows_TheCheapestEditionThatAddressesTheBuildsRam()
    {
        var windows = new Requirements(BuildFixtures.Typical.Profile with { Os = OperatingSystemChoice.Windows });

        var home = BuildFixtures.Configure("single-rtx4090", windows);
        var pro = BuildFixtures.Configure("tier3-quad-l40s", windows);
        var linux = BuildFixtures.Configure("single-rtx4090", BuildFixtures.Typical);

        home.SystemRamGb.ShouldBeLessThanOrEqualTo(128);
        var licence = home.Components.Single(c => c.Category == ComponentCategory.Accessory && c.Id.StartsWith("windows-", StringComparison.Ordinal));
        licence.ShouldSatisfyAllConditions(
            c => c.Id.ShouldBe("windows-11-home-oem"),
            c => c.UnitPriceUsd.ShouldBe(110),
            c => c.Reason.ShouldContain("asks for Windows"),
            c => c.Reason.ShouldContain("A Linux build needs none"));
        home.TotalPriceUsd.ShouldBe(linux.TotalPriceUsd + 110);
        pro.SystemRamGb.ShouldBeGreaterThan(128);
        pro.Components.ShouldContain(c => c.Id == "windows-11-pro-oem" && c.Reason.Contains("137.4 GB the Microsoft Windows 11 Home OEM"));
        linux.Accessories.ShouldNotContain(a => a.Kind == AccessoryKind.OsLicence);
        BuildFixtures.Configure("mac-studio", windows).Components.ShouldNotContain(c => c.Category == ComponentCategory.Accessory);
    }

    [Fact]
    public void GivesThePhysics_TheNvlinkLink_OnlyWhenTheBuildHasTheBridge()
    {
        var bridged = BuildFixtures.Configure("dual-rtx3090-nvlink", BuildFixtures.Typical);
        var unbridged = BuildConfigurator.Configure(
            BuildFixtures.Archetype("dual-rtx3090-nvlink") with { Id = "dual-rtx3090-no-bridge", NvlinkPairs = 0 },
            BuildFixtures.Typical, BuildFixtures.Needs(BuildFixtures.Typical), BuildFixtures.Knowledge);

        ExpertRig.Domain.Predictions.BuildHardware.Devices(bridged).ShouldAllBe(d => d.NvlinkGbs == 112.5);
        ExpertRig.Domain.Predictions.BuildHardware.Devices(unbridged).ShouldAllBe(d => d.NvlinkGbs == 0);
        unbridged.Accessories.ShouldBeEmpty();
    }

    [Fact]
    public void Picks_TheSmallestMacStudio_ThatHoldsEveryWorkload()
    {
        static string SystemFor(params Workload[] workloads) =>
            BuildFixtures.Configure("mac-studio", BuildFixtures.Requirements(workloads)).System!.Id;

        SystemFor(new Workload("llama-3-70b", "Q4_K_M")).ShouldBe("mac-studio-m3-ultra-96gb");
        SystemFor(new Workload("llama-3-70b", "Q8_0")).ShouldBe("mac-studio-m3-ultra-256gb");
        SystemFor(new Workload("qwen-2.5-7b", "Q4_K_M"), new Workload("llama-3.1-405b", "Q4_K_M")).ShouldBe("mac-studio-m3-ultra-512gb");
    }

    [Fact]
    public void Chooses_TheLargestConfiguration_WhenNoneHoldsTheModel()
    {
        var build = BuildFixtures.Configure("mac-mini-m4-pro", BuildFixtures.Requirements([new Workload("llama-3-70b", "Q8_0")]));

        build.System!.Id.ShouldBe("mac-mini-m4-pro-64gb");
        build.Components[0].Reason.ShouldContain("none holds");
    }

    [Fact]
    public void Makes_TheUnifiedSystem_TheWholeBuild()
    {
        var build = BuildFixtures.Configure("dgx-spark", BuildFixtures.Typical);

        build.Components.ShouldHaveSingleItem().Id.ShouldBe("dgx-spark");
        build.TotalPriceUsd.ShouldBe(4699);
        build.SupportedOs.ShouldBe([OperatingSystemChoice.Linux]);
    }

    [Fact]
    public void Carries_TheArchetypesOsAndEngine()
    {
        var build = BuildFixtures.Configure("tier3-quad-l40s", BuildFixtures.Typical);

        build.SupportedOs.ShouldBe([OperatingSystemChoice.Linux, OperatingSystemChoice.Windows]);
        build.DefaultEngine.ShouldBe(Domain.Physics.InferenceEngine.Vllm);
        build.Title.ShouldStartWith("Tier 3");
        build.Source.ShouldContain("Build Tier 3");
    }

    [Fact]
    public void Refuses_AnArchetype_ThatIsNeitherUnifiedNorComplete()
    {
        var incomplete = BuildFixtures.Archetype("tier1-rtx5090") with { Case = null };

        Should.Throw<ArgumentException>(() => BuildConfigurator.Configure(incomplete, BuildFixtures.Typical, BuildFixtures.Needs(BuildFixtures.Typical), BuildFixtures.Knowledge))
            .Message.ShouldContain("'tier1-rtx5090' is neither unified");
    }

    [Fact]
    public void Chooses_ACooler_WhenTheArchetypeNamesNone()
    {
        var noCooler = BuildFixtures.Archetype("tier3-quad-l40s") with { Cooler = null };

        var build = BuildConfigurator.Configure(noCooler, BuildFixtures.Typical, BuildFixtures.Needs(BuildFixtures.Typical), BuildFixtures.Knowledge);

        // Threadripper PRO: the cheapest custom loop, which the guide calls mandatory at 350 W.
        build.Cooler!.Id.ShouldBe("ekwb-quantum-magnitude-str5-480");
        build.Components.Single(c => c.Category == ComponentCategory.Cooler).Reason.ShouldContain("mandatory");
    }
}
