using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>The platform the composer chose for an option: CPU, board, case and OS drive, with the cheapest completion's lower-bound price.</summary>
internal sealed record Platform(Cpu Cpu, Motherboard Board, PcCase Case, StorageDrive OsDrive, double LowerBoundUsd)
{
    /// <summary>The platform's short name for titles: the chipset ("B650", "X870E", "TRX50") or, without one, the socket ("SP3").</summary>
    public string Label => Board.Chipset is "none" or "" ? Board.Socket : Board.Chipset.ToUpperInvariant();
}
