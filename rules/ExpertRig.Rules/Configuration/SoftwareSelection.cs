using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using EngineKind = ExpertRig.Domain.Physics.InferenceEngine;

namespace ExpertRig.Rules.Configuration;

/// <summary>
/// The engine a build runs, from the guide's software section: vLLM's batching serves 3+ concurrent users far better
/// (PagedAttention; "5 concurrent users: vLLM ~80 tok/s each vs llama.cpp ~60") but needs NVIDIA/CUDA and cannot
/// offload to system RAM; llama.cpp runs everywhere (CUDA, ROCm, Metal) and offloads.
/// </summary>
public static class SoftwareSelection
{
    /// <summary>Users from which the guide recommends vLLM ("teams serving 5+ users"; its 4–6 user figures use vLLM).</summary>
    public const int VllmFromUsers = 3;

    /// <summary>The engine and the reason for it.</summary>
    public static SoftwareChoice For(Build build, Requirements requirements)
    {
        if (build.System is { } system)
        {
            var platform = system.Software == SoftwareStack.Metal ? "Apple Silicon (Metal; MLX is an alternative)" : "DGX Spark (CUDA on Arm)";
            return new SoftwareChoice(build, EngineKind.LlamaCpp, $"llama.cpp runs on {platform} and uses the whole unified memory");
        }

        if (build.Gpu?.Software == SoftwareStack.Rocm)
        {
            return new SoftwareChoice(build, EngineKind.LlamaCpp, "llama.cpp with ROCm (or Vulkan) is the mature path on AMD GPUs");
        }

        return requirements.Users >= VllmFromUsers
            ? new SoftwareChoice(build, EngineKind.Vllm, $"{requirements.Users} concurrent users: vLLM's continuous batching and PagedAttention serve them with far higher total throughput")
            : new SoftwareChoice(build, EngineKind.LlamaCpp, $"{requirements.Users} user(s): llama.cpp (or Ollama on top of it) has the lowest single-stream overhead and can offload to system RAM");
    }
}
