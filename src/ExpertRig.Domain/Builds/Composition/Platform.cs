using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>The platform the composer chose for an option: CPU, board, case and OS drive, with the cheapest completion's lower-bound price.</summary>
/// <param name="Cpu">The CPU.</param>
/// <param name="Board">The motherboard.</param>
/// <param name="Case">The cheapest case that takes the board, the cards and their brackets.</param>
/// <param name="OsDrive">The cheapest NVMe drive.</param>
/// <param name="LowerBoundUsd">The build's price with the cheapest compatible RAM kit, cooler and PSU: no build on the platform costs less.</param>
/// <param name="MaxRamGb">The most RAM the catalog's kits give the platform (<see cref="PlatformChooser.MaxRamGb"/>).</param>
/// <param name="RamGbs">The most RAM bandwidth a build on this platform can have (<see cref="FastestRamGbs"/>).</param>
internal sealed record Platform(Cpu Cpu, Motherboard Board, PcCase Case, StorageDrive OsDrive, double LowerBoundUsd, double MaxRamGb, double RamGbs)
{
    /// <summary>The platform's short name for titles: the chipset ("B650", "X870E", "TRX50") or, without one, the socket ("SP3").</summary>
    public string Label => Board.Chipset is "none" or "" ? Board.Socket : Board.Chipset.ToUpperInvariant();

    /// <summary>
    /// The most RAM bandwidth a build on the CPU and board can have, as the physics reads a build's host
    /// (<c>BuildHardware.Host</c>): every CPU channel filled with the fastest catalog kit the board takes, at no more
    /// than the CPU's rated memory speed, capped by the CPU's rated bandwidth.
    /// </summary>
    public static double FastestRamGbs(Cpu cpu, Motherboard board, Catalog.Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(catalog);
        var fastest = catalog.MemoryKits.Where(k => k.Type == board.MemoryType && board.MemoryModules.Contains(k.Module))
            .Select(k => k.SpeedMts).DefaultIfEmpty(cpu.MaxMemoryMts).Max();
        return Math.Min(cpu.MemoryBandwidthGbs, Physics.HostSpec.RamBandwidth(cpu.MemoryChannels, Math.Min(fastest, cpu.MaxMemoryMts)));
    }
}
