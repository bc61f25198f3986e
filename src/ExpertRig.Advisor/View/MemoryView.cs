namespace ExpertRig.Advisor.View;

/// <summary>Accelerator memory (VRAM, or the GPU's usable share of unified memory) and system RAM.</summary>
public sealed record MemoryView(double VramGb, double SystemRamGb, bool Unified);
