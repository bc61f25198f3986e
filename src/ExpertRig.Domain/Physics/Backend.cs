namespace ExpertRig.Domain.Physics;

/// <summary>
/// The compute backend llama.cpp (or the engine) is built with for a device: part of the device class, since the
/// same card reaches a different share of its bandwidth under CUDA, ROCm/HIP, Vulkan, Metal or SYCL.
/// </summary>
public enum Backend
{
    /// <summary>NVIDIA CUDA (GGML_CUDA).</summary>
    Cuda,

    /// <summary>AMD ROCm/HIP (GGML_HIP).</summary>
    Rocm,

    /// <summary>Vulkan (GGML_VULKAN): AMD, NVIDIA and Intel GPUs.</summary>
    Vulkan,

    /// <summary>Apple Metal (GGML_METAL).</summary>
    Metal,

    /// <summary>Intel oneAPI SYCL (GGML_SYCL).</summary>
    Sycl,

    /// <summary>The CPU (routed experts or layers kept in system RAM).</summary>
    Cpu,
}
