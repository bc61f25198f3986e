using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>
/// The budget parts issue 12's $800-$1,200 buyers need (docs/catalog.md): each with a source, a price whose basis
/// and month say how firm it is, figures in range, and the references between parts resolved (socket, chipset, DRAM).
/// </summary>
public sealed class BudgetPartsTests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();

    [Fact]
    public void UsedRtx3060_HasADatedUsedRangeBelowItsNewRange_AndTheMsrp()
    {
        var gpu = Shipped.FindGpu("rtx-3060-12gb");

        var price = gpu.PriceUsd;
        price.Used.ShouldNotBeNull();
        price.Used.Low.ShouldBeInRange(100, 400);
        price.Used.Midpoint.ShouldBeLessThan(price.New!.Midpoint);
        price.Month.ShouldBe("2026-06");
        price.Msrp.ShouldBe(329);
        gpu.Source.ShouldContain("used");
    }

    [Fact]
    public void Ryzen5_5600_IsAnAm4DualChannelDdr4Cpu_WithTheBandwidthItsChannelsGive()
    {
        var cpu = Shipped.FindCpu("ryzen-5-5600");

        cpu.Socket.ShouldBe("AM4");
        cpu.MemoryType.ShouldBe(DramType.Ddr4);
        cpu.MemoryBandwidthGbs.ShouldBe(cpu.MemoryChannels * cpu.MaxMemoryMts * 8 / 1000.0, 0.01);
        cpu.PeakW.ShouldBeInRange(cpu.TdpW, 2 * cpu.TdpW);
        cpu.PcieLanes.ShouldBeGreaterThanOrEqualTo(16);
        cpu.PriceUsd.Month.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("gigabyte-b550m-ds3h")]
    [InlineData("msi-mag-b550m-mortar")]
    public void B550Boards_TakeTheRyzen5_5600_AndADdr4KitFromTheCatalog(string id)
    {
        var board = Shipped.FindMotherboard(id);
        var cpu = Shipped.FindCpu("ryzen-5-5600");

        board.Socket.ShouldBe(cpu.Socket);
        cpu.Chipsets.ShouldContain(board.Chipset);
        board.MemoryType.ShouldBe(DramType.Ddr4);
        board.X16Slots.ShouldContain(s => s.Via == LaneSource.Cpu && s.Lanes == 16);
        Shipped.MemoryKits.ShouldContain(k => k.Type == board.MemoryType && board.MemoryModules.Contains(k.Module) && k.Modules <= board.MemorySlots);
        board.PriceUsd.Range.Low.ShouldBeInRange(50, 400);
        board.Source.ShouldContain("sportskeeda");
    }

    [Fact]
    public void Ddr4Kit_Is32GbOfUnbufferedDdr4_PricedInTheShortage()
    {
        var kit = Shipped.FindMemoryKit("gskill-ripjaws-v-32gb-ddr4");

        kit.Type.ShouldBe(DramType.Ddr4);
        kit.Module.ShouldBe(MemoryModuleKind.Udimm);
        kit.CapacityGb.ShouldBe(32);
        kit.PriceUsd.Basis.ShouldBe(PriceBasis.Reported);
        kit.PriceUsd.Month.ShouldBe("2026-03");
    }

    [Fact]
    public void BudgetCooler_MountsOnBothRyzenSockets_AndCarriesTheBudgetCpus()
    {
        var cooler = Shipped.FindCooler("budget-tower-air-120mm");

        cooler.Sockets.ShouldBe(["AM4", "AM5"], ignoreOrder: true);
        cooler.RatedW.ShouldBeGreaterThanOrEqualTo(Shipped.FindCpu("ryzen-5-5600").PeakW);
        cooler.RatedW.ShouldBeGreaterThanOrEqualTo(Shipped.FindCpu("ryzen-5-9600x").PeakW);
        cooler.PriceUsd.Range.High.ShouldBeLessThanOrEqualTo(50);
        cooler.Note!.ShouldContain("class estimate");
    }

    [Theory]
    [InlineData("ddr4-3200-16gb-kit", "memory")]
    [InlineData("asrock-a520m-hdv", "motherboard")]
    [InlineData("cooler-master-masterbox-q300l", "case")]
    [InlineData("kingston-nv3-500gb", "storage")]
    [InlineData("msi-mag-a550bn", "psu")]
    public void TheSmallBuildParts_HaveADatedStreetPrice_AndNameWhereItCameFrom(string id, string section)
    {
        ComponentPrice price = section switch
        {
            "memory" => Shipped.FindMemoryKit(id).PriceUsd,
            "motherboard" => Shipped.FindMotherboard(id).PriceUsd,
            "case" => Shipped.FindCase(id).PriceUsd,
            "storage" => Shipped.FindStorage(id).PriceUsd,
            _ => Shipped.FindPowerSupply(id).PriceUsd,
        };
        string source = section switch
        {
            "memory" => Shipped.FindMemoryKit(id).Source,
            "motherboard" => Shipped.FindMotherboard(id).Source,
            "case" => Shipped.FindCase(id).Source,
            "storage" => Shipped.FindStorage(id).Source,
            _ => Shipped.FindPowerSupply(id).Source,
        };

        price.Basis.ShouldBe(PriceBasis.Street);
        price.Month.ShouldNotBeNull();
        price.Range.High.ShouldBeLessThanOrEqualTo(120);
        source.ShouldContain(id == "ddr4-3200-16gb-kit" ? "wanture.com" : "docyx/pc-part-dataset");
    }

    [Fact]
    public void A520Board_TakesTheRyzen5_5600_WithOneCardAndTwoDimms()
    {
        var board = Shipped.FindMotherboard("asrock-a520m-hdv");
        var cpu = Shipped.FindCpu("ryzen-5-5600");

        cpu.Chipsets.ShouldContain(board.Chipset);
        board.Socket.ShouldBe(cpu.Socket);
        board.X16Slots.ShouldHaveSingleItem().Gen.ShouldBe(3);
        (board.MemorySlots, board.MaxRamGb, board.M2Slots).ShouldBe((2, 64, 1));
        Shipped.FindMemoryKit("ddr4-3200-16gb-kit").Modules.ShouldBeLessThanOrEqualTo(board.MemorySlots);
    }

    [Theory]
    [InlineData("rtx-3060-12gb", "cooler-master-masterbox-q300l", true)]   // 170 W dual-fan: any case
    [InlineData("rtx-4060-ti-16gb", "cooler-master-masterbox-q300l", true)]
    [InlineData("rtx-3090", "cooler-master-masterbox-q300l", false)]       // the guide's triple-fan cards need strong airflow
    [InlineData("rtx-5090", "cooler-master-masterbox-q300l", false)]
    [InlineData("rtx-5090", "corsair-4000d-airflow", true)]
    [InlineData("l40s", "corsair-4000d-airflow", false)]                    // passive: a server fan wall
    [InlineData("l40s", "rackmount-4u-gpu-chassis", true)]
    public void ACaseCoolsACard_WhenItsAirflowMatchesTheCardsCooler(string gpu, string pcCase, bool cools) =>
        Shipped.FindCase(pcCase).Cools(Shipped.FindGpu(gpu)).ShouldBe(cools);
}
