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
}
