using ExpertRig.Domain.Physics;
using YamlDotNet.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>
/// The linear-attention layers of a hybrid model as models.yaml writes them (config.json linear_num_key_heads,
/// linear_num_value_heads, linear_key_head_dim, linear_value_head_dim, linear_conv_kernel_dim).
/// </summary>
public sealed record LinearAttentionEntry
{
    /// <summary>How many layers are linear attention.</summary>
    public required int Layers { get; init; }

    /// <summary>Key heads of one linear layer.</summary>
    public required int KeyHeads { get; init; }

    /// <summary>Value heads of one linear layer.</summary>
    public required int ValueHeads { get; init; }

    /// <summary>Size of one key head.</summary>
    public required int KeyHeadDim { get; init; }

    /// <summary>Size of one value head.</summary>
    public required int ValueHeadDim { get; init; }

    /// <summary>Width of the short causal convolution.</summary>
    public required int ConvKernel { get; init; }

    /// <summary>The shape the estimators take.</summary>
    [YamlIgnore]
    public LinearAttentionShape Shape => new(Layers, KeyHeads, ValueHeads, KeyHeadDim, ValueHeadDim, ConvKernel);
}
