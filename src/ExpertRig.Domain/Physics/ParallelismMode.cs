namespace ExpertRig.Domain.Physics;

/// <summary>How a model is spread over several GPUs.</summary>
public enum ParallelismMode
{
    /// <summary>Whole layers per GPU, run one GPU after another (llama.cpp default): capacity adds up, speed does not.</summary>
    LayerSplit,

    /// <summary>Every layer sliced across all GPUs, which read in parallel and all-reduce twice per layer (vLLM, ExLlamaV2).</summary>
    TensorParallel,
}
