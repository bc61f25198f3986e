namespace ExpertRig.Domain.Physics;

/// <summary>
/// Where a mixture of experts' weights live when routed experts stay in system RAM: llama.cpp's <c>-ngl 99
/// --n-cpu-moe N</c> keeps every layer's attention, router, shared experts and KV cache on the GPUs and the routed
/// experts of the first N layers in RAM, where the CPU runs them for each decoded token.
/// </summary>
/// <param name="NCpuMoe">llama.cpp's N: the first N layers (dense layers counted) keep their routed experts in RAM.</param>
/// <param name="RamExpertLayers">Layers whose routed experts are in RAM.</param>
/// <param name="GpuExpertLayers">Layers whose routed experts are on the GPUs.</param>
/// <param name="RamExpertsGb">Routed-expert weights in system RAM.</param>
/// <param name="GpuExpertsGb">Routed-expert weights on the GPUs.</param>
/// <param name="RamReadGbPerToken">Active expert bytes each token reads from RAM (the CPU's share).</param>
/// <param name="GpuReadGbPerToken">Weight bytes each token reads from the GPUs (attention, shared and resident experts, output head).</param>
public sealed record ExpertPlacement(
    int NCpuMoe,
    int RamExpertLayers,
    int GpuExpertLayers,
    double RamExpertsGb,
    double GpuExpertsGb,
    double RamReadGbPerToken,
    double GpuReadGbPerToken)
{
    /// <summary>The llama.cpp arguments that make this placement.</summary>
    public string LaunchArguments => RamExpertLayers == 0 ? "-ngl 999" : $"-ngl 999 --n-cpu-moe {NCpuMoe}";
}
