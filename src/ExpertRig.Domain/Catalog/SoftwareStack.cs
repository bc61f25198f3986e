namespace ExpertRig.Domain.Catalog;

/// <summary>The GPU compute stack a device runs, which decides which inference engines work on it.</summary>
public enum SoftwareStack
{
    /// <summary>NVIDIA CUDA.</summary>
    Cuda,

    /// <summary>AMD ROCm (plus Vulkan for llama.cpp).</summary>
    Rocm,

    /// <summary>Apple Metal (llama.cpp Metal backend, MLX).</summary>
    Metal,
}
