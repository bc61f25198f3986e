namespace ExpertRig.Domain.Catalog;

/// <summary>Weight storage family, which decides the inference engines that can load it.</summary>
public enum QuantFormat
{
    /// <summary>llama.cpp GGUF quantizations (K-quants, I-quants, legacy).</summary>
    Gguf,

    /// <summary>ExLlamaV2 EXL2 variable-bitrate quantization.</summary>
    Exl2,

    /// <summary>8-bit floating point weights (vLLM).</summary>
    Fp8,

    /// <summary>Unquantized 16-bit weights (FP16 or BF16).</summary>
    Fp16,

    /// <summary>Apple MLX affine quantization.</summary>
    Mlx,

    /// <summary>4-bit group-wise integer weights for GPU serving engines (AWQ, GPTQ), loaded by vLLM.</summary>
    Int4,

    /// <summary>4-bit floating point weights with an FP8 scale per block (NVFP4) for GPU serving engines, loaded by vLLM.</summary>
    Fp4,
}
