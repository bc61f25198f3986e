using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using EngineKind = ExpertRig.Domain.Physics.InferenceEngine;

namespace ExpertRig.Rules.Configuration;

/// <summary>
/// The engine a build runs, from the guide's software section: vLLM's batching serves 3+ concurrent users far better
/// (PagedAttention; "5 concurrent users: vLLM ~80 tok/s each vs llama.cpp ~60") but needs NVIDIA/CUDA and cannot
/// offload to system RAM; ExLlamaV2 is the fastest single-user engine on NVIDIA when speed comes first; Ollama when
/// simplicity does; llama.cpp otherwise, and everywhere else (ROCm, Metal, DGX Spark), because it runs and offloads
/// everywhere. A workload the chosen engine cannot run falls back to llama.cpp (see WorkloadPredictor).
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

        if (requirements.Users >= VllmFromUsers)
        {
            return new SoftwareChoice(build, EngineKind.Vllm, $"{requirements.Users} concurrent users: vLLM's continuous batching and PagedAttention serve them with far higher total throughput");
        }

        var first = requirements.Profile.Priorities.Count > 0 ? requirements.Profile.Priorities[0] : (Priority?)null;
        return first switch
        {
            Priority.Speed => new SoftwareChoice(build, EngineKind.ExLlamaV2, "speed comes first: ExLlamaV2's custom CUDA kernels are the fastest single-user engine on NVIDIA (EXL2 models; workloads that need CPU offload fall back to llama.cpp)"),
            Priority.Simplicity => new SoftwareChoice(build, EngineKind.Ollama, "simplicity comes first: Ollama wraps llama.cpp with model management and a REST API at the same single-user speed"),
            _ => new SoftwareChoice(build, EngineKind.LlamaCpp, $"{requirements.Users} user(s): llama.cpp has the lowest single-stream overhead and can offload to system RAM"),
        };
    }
}
