namespace ExpertRig.Domain.Physics;

/// <summary>
/// A family of accelerators that share memory technology and software stack, and so share the calibrated
/// efficiency constants of <c>rules/catalog/physics/constants.yaml</c>.
/// </summary>
public enum DeviceClass
{
    /// <summary>NVIDIA discrete cards with GDDR memory (GeForce, RTX workstation, L40S).</summary>
    NvidiaGddr,

    /// <summary>NVIDIA datacenter cards with HBM (A100, H100).</summary>
    NvidiaHbm,

    /// <summary>NVIDIA unified-memory systems with LPDDR5x shared by CPU and GPU (DGX Spark / GB10).</summary>
    NvidiaUnified,

    /// <summary>Apple Silicon with unified memory (Metal backend).</summary>
    AppleSilicon,

    /// <summary>AMD discrete Radeon cards with GDDR memory (ROCm or Vulkan backend).</summary>
    AmdGddr,

    /// <summary>AMD unified-memory APUs with LPDDR5x shared by CPU and GPU (Ryzen AI Max "Strix Halo"; Vulkan or ROCm).</summary>
    AmdUnified,
}
