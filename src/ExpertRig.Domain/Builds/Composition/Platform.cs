using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>The platform the composer chose for an option: CPU, board, case and OS drive, with the cheapest completion's lower-bound price.</summary>
internal sealed record Platform(Cpu Cpu, Motherboard Board, PcCase Case, StorageDrive OsDrive, double LowerBoundUsd)
{
    /// <summary>The platform's short name for titles: the chipset ("B650", "X870E", "TRX50") or, without one, the socket ("SP3").</summary>
    public string Label => Board.Chipset is "none" or "" ? Board.Socket : Board.Chipset.ToUpperInvariant();

    /// <summary>
    /// The most RAM bandwidth a build on this platform can have, as the physics reads a build's host
    /// (<c>BuildHardware.Host</c>): every CPU channel filled with the fastest catalog kit the board takes, at no more
    /// than the CPU's rated memory speed, capped by the CPU's rated bandwidth.
    /// </summary>
    public double RamGbs(Catalog.Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var fastest = catalog.MemoryKits.Where(k => k.Type == Board.MemoryType && Board.MemoryModules.Contains(k.Module))
            .Select(k => k.SpeedMts).DefaultIfEmpty(Cpu.MaxMemoryMts).Max();
        return Math.Min(Cpu.MemoryBandwidthGbs, Physics.HostSpec.RamBandwidth(Cpu.MemoryChannels, Math.Min(fastest, Cpu.MaxMemoryMts)));
    }
}
