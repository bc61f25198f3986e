namespace ExpertRig.Advisor.View;

/// <summary>
/// Accelerator memory (VRAM, or the GPU's usable share of unified memory) and system RAM, in decimal GB (10^9 bytes),
/// the unit of every size a person reads; beside each, the size as the vendor markets it, which counts in GiB (2^30
/// bytes): a "24 GB" card holds 25.8 GB.
/// </summary>
/// <param name="VramGb">Accelerator memory in GB of 10^9 bytes.</param>
/// <param name="SystemRamGb">System RAM (for a unified system: all of its memory) in GB of 10^9 bytes.</param>
/// <param name="MarketedVramGb">Accelerator memory as marketed (GiB): 48 for two 24 GB cards.</param>
/// <param name="MarketedSystemRamGb">System RAM as marketed (GiB).</param>
public sealed record MemoryView(double VramGb, double SystemRamGb, bool Unified, double MarketedVramGb, double MarketedSystemRamGb);
