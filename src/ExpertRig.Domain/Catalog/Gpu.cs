namespace ExpertRig.Domain.Catalog;

/// <summary>A discrete GPU from gpus.yaml with the specs the fit, speed, power and build rules need.</summary>
public sealed record Gpu : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Maker: nvidia or amd.</summary>
    public required string Vendor { get; init; }

    /// <summary>Consumer, workstation or datacenter part.</summary>
    public required GpuClass Class { get; init; }

    /// <summary>Architecture and die, for display (e.g. "Ada Lovelace (AD102)").</summary>
    public string? Architecture { get; init; }

    /// <summary>On-board memory in GB.</summary>
    public required double VramGb { get; init; }

    /// <summary>Memory technology (GDDR7, GDDR6X, HBM2e...).</summary>
    public required string MemoryType { get; init; }

    /// <summary>Peak memory bandwidth in GB/s: the ceiling on decode speed.</summary>
    public required double BandwidthGbs { get; init; }

    /// <summary>Dense tensor-core FP16 TFLOPS with FP32 accumulate (the rate vLLM's GEMMs run at).</summary>
    public required double Fp16Tflops { get; init; }

    /// <summary>
    /// Dense tensor-core FP16 TFLOPS with FP16 accumulate (the rate llama.cpp's and ExLlamaV2's GEMMs run at); null
    /// when it equals <see cref="Fp16Tflops"/>. GeForce cards run FP32 accumulation at half this rate.
    /// </summary>
    public double? Fp16AccumulateTflops { get; init; }

    /// <summary>Total board power in watts (sustained under inference).</summary>
    public required double BoardPowerW { get; init; }

    /// <summary>True when the card has an NVLink connector.</summary>
    public required bool Nvlink { get; init; }

    /// <summary>Total NVLink bandwidth in GB/s (both directions); null without NVLink.</summary>
    public double? NvlinkBandwidthGbs { get; init; }

    /// <summary>PCIe generation of the card's host link.</summary>
    public required int PcieGen { get; init; }

    /// <summary>Electrical PCIe lanes of the card (16, or 8 on some entry cards).</summary>
    public required int PcieLanes { get; init; }

    /// <summary>Thickness in expansion slots (reference or Founders Edition design).</summary>
    public required double SlotWidth { get; init; }

    /// <summary>Card length in millimetres (reference or Founders Edition design).</summary>
    public required double LengthMm { get; init; }

    /// <summary>True when the memory has ECC.</summary>
    public required bool Ecc { get; init; }

    /// <summary>Open-air, blower or passive cooling.</summary>
    public required GpuCooler Cooler { get; init; }

    /// <summary>Kind of auxiliary power plug.</summary>
    public required PowerConnectorKind PowerConnector { get; init; }

    /// <summary>How many of <see cref="PowerConnector"/> the card takes.</summary>
    public required int PowerConnectorCount { get; init; }

    /// <summary>Compute stack (CUDA or ROCm).</summary>
    public required SoftwareStack Software { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
