namespace ExpertRig.Domain.Physics;

/// <summary>The inference engine, which decides multi-GPU parallelism, offload support and batching behaviour.</summary>
public enum InferenceEngine
{
    /// <summary>llama.cpp: layer split across GPUs by default, partial CPU offload, continuous batching in llama-server.</summary>
    LlamaCpp,

    /// <summary>Ollama: llama.cpp underneath, so the same physics.</summary>
    Ollama,

    /// <summary>vLLM: tensor parallelism and paged KV cache; no partial offload in this model.</summary>
    Vllm,

    /// <summary>ExLlamaV2: tensor parallelism across GPUs; cannot offload to system RAM.</summary>
    ExLlamaV2,

    /// <summary>Apple MLX: a single unified-memory device.</summary>
    Mlx,
}
