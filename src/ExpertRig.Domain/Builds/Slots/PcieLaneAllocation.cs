namespace ExpertRig.Domain.Builds;

/// <summary>How a build's CPU lanes are shared out: one link per GPU, and the lanes its NVMe drives take.</summary>
/// <param name="Links">One link per GPU, top slot first.</param>
/// <param name="CpuLanes">The CPU's usable PCIe lanes.</param>
/// <param name="DriveLanesOnCpu">Lanes of NVMe drives that the chipset cannot take.</param>
public sealed record PcieLaneAllocation(IReadOnlyList<GpuLink> Links, int CpuLanes, int DriveLanesOnCpu)
{
    /// <summary>The links as a builder writes them, e.g. "x8/x8".</summary>
    public string Widths => string.Join("/", Links.Select(l => $"x{l.Lanes}"));
}
