namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>Spec checks for GPUs and unified-memory systems.</summary>
internal static class AcceleratorChecks
{
    public static void Gpu(Gpu gpu, EntryChecks check)
    {
        check.Text("vendor", gpu.Vendor);
        check.Text("memory_type", gpu.MemoryType);
        check.Between("vram_gb", gpu.VramGb, 1, 1024);
        check.Between("bandwidth_gbs", gpu.BandwidthGbs, 1, 20_000);
        check.Between("fp16_tflops", gpu.Fp16Tflops, 0.1, 10_000);
        Fp16Accumulate(gpu.Fp16AccumulateTflops, gpu.Fp16Tflops, check);
        check.Between("board_power_w", gpu.BoardPowerW, 10, 2000, "no PCIe card draws more than 2 kW");
        if (gpu.Nvlink)
        {
            check.Require(
                gpu.NvlinkBandwidthGbs is > 0, "nvlink_bandwidth_gbs", "must be given and greater than 0 when nvlink is true");
        }
        else
        {
            check.Require(gpu.NvlinkBandwidthGbs is null, "nvlink_bandwidth_gbs", "must be left out when nvlink is false");
        }

        check.OneOf("pcie_gen", gpu.PcieGen, 3, 4, 5, 6);
        check.OneOf("pcie_lanes", gpu.PcieLanes, 4, 8, 16);
        check.Between("slot_width", gpu.SlotWidth, 1, 5);
        check.Between("length_mm", gpu.LengthMm, 100, 450);
        check.Between("power_connector_count", gpu.PowerConnectorCount, 1, 4);
        check.Price(gpu.PriceUsd);
    }

    public static void System(UnifiedMemorySystem system, EntryChecks check)
    {
        check.Text("vendor", system.Vendor);
        check.Text("chip", system.Chip);
        check.Text("memory_type", system.MemoryType);
        check.Positive("gpu_cores", system.GpuCores);
        check.Between("memory_gb", system.MemoryGb, 1, 4096);
        check.Between("bandwidth_gbs", system.BandwidthGbs, 1, 20_000);
        check.Between("fp16_tflops", system.Fp16Tflops, 0.1, 10_000);
        Fp16Accumulate(system.Fp16AccumulateTflops, system.Fp16Tflops, check);
        check.Between("usable_memory_fraction", system.UsableMemoryFraction, 0.1, 1);
        check.Between("power_w", system.PowerW, 10, 2000);
        if (system.InferencePowerW is { } measured)
        {
            check.Between("inference_power_w", measured, 5, system.PowerW, "a measured draw cannot exceed the rated maximum power_w");
        }

        if (system.ClusterLinkGbps is { } link)
        {
            check.Between("cluster_link_gbps", link, 1, 1600);
        }

        check.Price(system.PriceUsd);
    }

    // FP16 accumulation is never slower than FP32 accumulation, and GeForce-class halving is the largest gap shipped
    // (with 0.5% room for both figures being rounded: 44.1 and 88.3 TFLOPS for the RTX 4060 Ti).
    private static void Fp16Accumulate(double? fp16Accumulate, double fp32Accumulate, EntryChecks check)
    {
        const double RoundingRoom = 1.005;
        if (fp16Accumulate is { } tflops)
        {
            check.Require(
                tflops >= fp32Accumulate && tflops <= 2 * fp32Accumulate * RoundingRoom,
                "fp16_accumulate_tflops",
                $"must be at least fp16_tflops and at most twice it ({Figures.Number(fp32Accumulate)}-{Figures.Number(2 * fp32Accumulate)}), got {Figures.Number(tflops)}");
        }
    }
}
