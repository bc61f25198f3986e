using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>
/// A composed build's cooler, chosen once per catalog and CPU, is in any order of questions the one main's loop picked
/// for that CPU (the oracle below, copied from main f135184's CoolerChooser): the first fitting cooler by kind (a
/// custom loop first exactly when the CPU needs one), then mid price, then id.
/// </summary>
public sealed class CoolerChoiceTests
{
    private static readonly Catalog.Catalog Catalog = BuildFixtures.Catalog;

    [Fact]
    public void CoolerForEveryCpu_InAnyOrder_IsTheOneTheLoopPicks()
    {
        // Changed copies of catalog CPUs (another socket's peak power, a WRX90 chipset) are other keys with other answers.
        var cpus = Catalog.Cpus.SelectMany(c => new[] { c, c with { PeakW = c.PeakW * 2 }, c with { Chipsets = ["wrx90"] } }).ToArray();
        Gen.Int[0, cpus.Length - 1].Array[1, 40].Sample(order =>
        {
            foreach (var cpu in order.Select(i => cpus[i]))
            {
                var (cooler, reason, gap) = CoolerChooser.Choose(null, cpu, Catalog);
                var expected = Oracle(cpu);
                cooler.ShouldBe(expected);
                (gap is null).ShouldBe(expected is not null);
                (reason is null).ShouldBe(expected is null);
            }
        }, iter: 300);
    }

    private static CpuCooler? Oracle(Cpu cpu)
    {
        var wantsLoop = CoolerChooser.NeedsCustomLoop(cpu);
        return Catalog.Coolers
            .Where(c => c.Sockets.Contains(cpu.Socket) && (c.RatedW >= cpu.PeakW || c.ComesWith(cpu)))
            .OrderBy(c => wantsLoop == (c.Kind == CoolerKind.CustomLoop) ? 0 : 1)
            .ThenBy(c => c.PriceUsd.Range.Midpoint)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
