using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>
/// A cooler that comes in a CPU's box (bundled_with) is paid for with the CPU and mounts on its socket; the SP3 cooler
/// closes the 8x RTX 3090 server's cooler gap. Copies of the catalog are corrupted to show each bundle check fails.
/// </summary>
public sealed class BundledAndServerCoolerTests : IDisposable
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();
    private readonly CatalogCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void WraithStealth_ComesWithTheRyzen5_5600_ForNothing_OnItsSocket()
    {
        var cooler = Shipped.FindCooler("amd-wraith-stealth");
        var cpu = Shipped.FindCpu("ryzen-5-5600");

        cooler.ComesWith(cpu).ShouldBeTrue();
        cooler.ComesWith(Shipped.FindCpu("ryzen-5-9600x")).ShouldBeFalse();
        cooler.Sockets.ShouldContain(cpu.Socket);
        cooler.PriceUsd.New.ShouldBe(new NumberRange(0, 0));
        cooler.RatedW.ShouldBeLessThan(cpu.PeakW);
    }

    [Fact]
    public void Sp3Cooler_MountsOnTheEpyc7713_AndCarriesItsPackagePower_WithADatedStreetPrice()
    {
        var cooler = Shipped.FindCooler("noctua-nh-u14s-tr4-sp3");
        var epyc = Shipped.FindCpu("epyc-7713");

        cooler.Sockets.ShouldContain(epyc.Socket);
        cooler.RatedW.ShouldBeGreaterThanOrEqualTo(epyc.PeakW);
        cooler.PriceUsd.Basis.ShouldBe(PriceBasis.Street);
        cooler.PriceUsd.Month.ShouldBe("2025-07");
        cooler.Note!.ShouldContain("estimate");
    }

    [Fact]
    public void Fails_WhenABundledCoolerHasAPrice()
    {
        copy.Write("coolers.yaml", copy.Read("coolers.yaml").Replace("    new: [0, 0]\n    basis: vendor-list", "    new: [10, 10]\n    basis: vendor-list", StringComparison.Ordinal));

        var error = copy.LoadFails();

        error.Message.ShouldContain("entry 'amd-wraith-stealth': price_usd a cooler bundled with a CPU is paid for with the CPU: its price must be new: [0, 0]");
    }

    [Fact]
    public void Fails_WhenABundledCoolerNamesAnUnknownCpu()
    {
        copy.Set("coolers.yaml", "amd-wraith-stealth", "bundled_with", "[ryzen-5-5601]");

        var error = copy.LoadFails();

        error.Message.ShouldContain("bundled_with 'ryzen-5-5601' is not a CPU in cpus.yaml");
    }

    [Fact]
    public void Fails_WhenABundledCoolerDoesNotMountOnItsCpusSocket()
    {
        copy.Set("coolers.yaml", "amd-wraith-stealth", "bundled_with", "[ryzen-5-9600x]");

        var error = copy.LoadFails();

        error.Message.ShouldContain("bundled_with 'ryzen-5-9600x' sits in socket AM5, which the cooler's sockets do not list");
    }

    [Fact]
    public void Fails_WhenAnUnbundledCoolerIsFree()
    {
        copy.Write("coolers.yaml", copy.Read("coolers.yaml").Replace("    new: [20, 40]", "    new: [0, 0]", StringComparison.Ordinal));

        copy.LoadFails().Message.ShouldContain("entry 'budget-tower-air-120mm': price_usd");
    }
}
