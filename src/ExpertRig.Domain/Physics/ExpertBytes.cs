namespace ExpertRig.Domain.Physics;

/// <summary>
/// The routed experts of a mixture-of-experts model in bytes, the part llama.cpp's <c>--n-cpu-moe N</c> keeps in
/// system RAM for the first N layers while attention, shared experts, dense layers and the KV cache stay on the GPUs.
/// </summary>
/// <param name="MoeLayers">Layers with routed experts (all layers but the dense ones).</param>
/// <param name="DenseLayers">Layers with a dense feed-forward block; llama.cpp counts them among the first N.</param>
/// <param name="StoredBytesPerMoeLayer">Bytes of every routed expert of one layer (gate, up and down of each).</param>
/// <param name="ReadBytesPerMoeLayer">Bytes of the routed experts one token reads in one layer.</param>
/// <param name="NonExpertBytesPerLayer">Stored bytes of a layer without its routed experts (attention, router, shared experts), on average.</param>
/// <param name="NonExpertReadBytesPerLayer">Bytes a token reads of a layer outside its routed experts, on average.</param>
public sealed record ExpertBytes(
    int MoeLayers,
    int DenseLayers,
    double StoredBytesPerMoeLayer,
    double ReadBytesPerMoeLayer,
    double NonExpertBytesPerLayer,
    double NonExpertReadBytesPerLayer)
{
    /// <summary>
    /// Splits a layer into its routed experts (Experts layout: routed × 3 × hidden × expert width parameters per MoE
    /// layer) and the rest, which every token reads in full (attention, router, shared experts, dense blocks). Null for
    /// dense models or when the layout does not add up to the model's total.
    /// </summary>
    public static ExpertBytes? Of(ModelArchitecture model, double layerWeightBytes, double bytesPerParam)
    {
        if (model.Experts is not { Routed: > 0 } layout || layout.Active <= 0 || layout.DenseLayers >= model.Layers)
        {
            return null;
        }

        var moeLayers = model.Layers - layout.DenseLayers;
        var stored = layout.Routed * layout.ParamsPerRoutedExpert(model.HiddenSize) * bytesPerParam;
        var nonExpert = layerWeightBytes - (stored * moeLayers / model.Layers);
        var activeByLayout = layout.Active * layout.ParamsPerRoutedExpert(model.HiddenSize) * bytesPerParam;
        if (nonExpert <= 0)
        {
            return null;
        }

        return new ExpertBytes(moeLayers, layout.DenseLayers, stored, activeByLayout, nonExpert, nonExpert);
    }
}
