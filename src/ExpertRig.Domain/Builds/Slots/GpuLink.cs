using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>The PCIe link one GPU gets: slot position, electrical lanes, generation and where the lanes come from.</summary>
public sealed record GpuLink(int Position, int Lanes, int Gen, LaneSource Via)
{
    /// <summary>The link as a builder writes it, e.g. "PCIe 5.0 x8".</summary>
    public string Label => $"PCIe {Gen}.0 x{Lanes}" + (Via == LaneSource.Chipset ? " via the chipset" : "");
}
