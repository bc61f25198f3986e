namespace ExpertRig.Domain.Physics;

/// <summary>The file format of a model's weights, which decides the engines that can load it.</summary>
public enum WeightFormatFamily
{
    /// <summary>llama.cpp GGUF (Q2_K … Q8_0, IQ types, F16, BF16).</summary>
    Gguf,

    /// <summary>ExLlamaV2 EXL2 at a chosen bits per weight.</summary>
    Exl2,

    /// <summary>8-bit floating point (vLLM and other PyTorch engines).</summary>
    Fp8,

    /// <summary>Unquantized 16-bit safetensors (FP16 or BF16).</summary>
    Fp16,
}
