namespace ExpertRig.Domain.Catalog.Import;

/// <summary>
/// Counts a model's parameters from its config.json shapes: embeddings, attention projections (standard, latent or
/// linear), and dense or expert feed-forward blocks (gate, up and down). Norms, biases and vision towers are left
/// out, so the count runs a little under the maker's figure.
/// </summary>
internal static class ParameterCount
{
    public static (double Total, double Active) Of(ConfigShape shape)
    {
        double hidden = shape.Hidden;
        var embeddings = (double)shape.Vocab * hidden * (shape.Tied ? 1 : 2);
        var linearLayers = shape.Attention.Linear?.Layers ?? 0;
        var attention = ((shape.Layers - linearLayers) * AttentionLayer(shape)) + (linearLayers > 0 ? linearLayers * LinearLayer(shape) : 0);

        double total = embeddings + attention, active = embeddings + attention;
        if (shape.Moe is not { } moe)
        {
            var dense = shape.Layers * 3 * hidden * shape.DenseFfn;
            return (total + dense, active + dense);
        }

        var denseBlocks = moe.DenseLayers * 3 * hidden * shape.DenseFfn;
        var moeLayers = shape.Layers - moe.DenseLayers;
        var expert = 3 * hidden * moe.ExpertFfn;
        var alwaysOn = (3 * hidden * moe.SharedFfn) + (hidden * moe.Routed);
        total += denseBlocks + (moeLayers * ((moe.Routed * expert) + alwaysOn));
        active += denseBlocks + (moeLayers * ((moe.Active * expert) + alwaysOn));
        return (total, active);
    }

    private static double AttentionLayer(ConfigShape shape)
    {
        double hidden = shape.Hidden, heads = shape.Heads;
        if (shape.Mla is { } mla)
        {
            var query = mla.QLoraRank > 0
                ? (hidden * mla.QLoraRank) + (mla.QLoraRank * heads * (mla.NopeDim + mla.RopeDim))
                : hidden * heads * (mla.NopeDim + mla.RopeDim);
            // DeepSeek V3.2's indexer: its query from the compressed query (or the hidden state), one key and the head weights.
            double indexer = mla.IndexerHeads * mla.IndexerHeadDim > 0
                ? ((mla.QLoraRank > 0 ? mla.QLoraRank : hidden) * mla.IndexerHeads * mla.IndexerHeadDim) + (hidden * mla.IndexerHeadDim) + (hidden * mla.IndexerHeads)
                : 0;
            return query + (hidden * (mla.KvLoraRank + mla.RopeDim)) + (mla.KvLoraRank * heads * (mla.NopeDim + mla.ValueDim))
                + (heads * mla.ValueDim * hidden) + indexer;
        }

        var q = hidden * heads * shape.HeadDim * (shape.GatedQuery ? 2 : 1);
        var kv = 2 * hidden * shape.KvHeads * shape.HeadDim;
        var output = heads * shape.HeadDim * hidden;
        return q + kv + output;
    }

    /// <summary>Gated DeltaNet: q/k/v/z and beta/alpha input projections, the short convolution and the output projection.</summary>
    private static double LinearLayer(ConfigShape shape)
    {
        var linear = shape.Attention.Linear!;
        double hidden = shape.Hidden;
        double keyDim = linear.KeyHeads * linear.KeyHeadDim, valueDim = linear.ValueHeads * linear.ValueHeadDim;
        return (hidden * ((2 * keyDim) + (2 * valueDim))) + (hidden * 2 * linear.ValueHeads)
            + (((2 * keyDim) + valueDim) * linear.ConvKernel) + (valueDim * hidden);
    }
}
