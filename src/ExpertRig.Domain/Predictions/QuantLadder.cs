using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// The quantizations tried, best quality first, when a workload leaves the choice to ExpertRig. The order follows the
/// measured quality cost (perplexity change versus FP16 in the catalog's quants.yaml, from llama.cpp's quantize tool
/// and the Llama 3 70B measurements) and the guide's "Quantization Trade-Off" table; legacy formats (Q4_0, Q5_1 …) and
/// 1-bit types are left out because a K-quant or I-quant of the same size is better.
/// </summary>
public static class QuantLadder
{
    private static readonly string[] Order =
    [
        "bf16", "f16", "fp8", "q8-0", "mlx-8bit", "exl2-8.0", "q6-k", "exl2-6.0", "q5-k-m", "exl2-5.0", "q4-k-m",
        "mlx-4bit", "exl2-4.25", "awq-int4", "gptq-int4", "iq4-xs", "exl2-4.0", "q3-k-l", "q3-k-m", "exl2-3.5", "iq3-m",
        "iq3-xxs", "exl2-3.0", "q2-k", "iq2-m", "exl2-2.5", "iq2-xs", "iq2-xxs",
    ];

    /// <summary>
    /// The best-quality 16-bit format of the ladder (BF16, the precision the catalog's models are published in): the
    /// file a workload without a requested quantization is predicted at when it fits, so storage is sized for it too.
    /// </summary>
    public static Quantization Unquantized(Catalog.Catalog catalog) =>
        Order.Select(id => catalog.Quantizations.TryFind(id, out var q) ? q : null)
            .OfType<Quantization>()
            .First(q => q.Format == QuantFormat.Fp16);

    /// <summary>
    /// The default quality floor when a workload leaves the quantization open: about 4 effective bits (EXL2 4.0 bpw,
    /// the last 4-bit entry of the ladder; below it come the Q3/IQ3 types, whose loss the guide calls noticeable).
    /// </summary>
    public const string DefaultFloor = "exl2-4.0";

    /// <summary>
    /// The quantizations <paramref name="engine"/> runs, best quality first, down to <paramref name="floor"/> (the
    /// ladder's position, or for a floor outside the ladder its bits per weight); null applies <see cref="DefaultFloor"/>.
    /// </summary>
    public static IReadOnlyList<Quantization> For(Catalog.Catalog catalog, Physics.InferenceEngine engine, Quantization? floor)
    {
        // Looked up before GetOrAdd, whose factory closes over the arguments (a closure and a delegate per call).
        var ladders = Ladders.GetValue(catalog, _ => new());
        var key = (engine, floor?.Id, floor?.BitsPerWeight);
        return ladders.TryGetValue(key, out var ladder) ? ladder : ladders.GetOrAdd(key, _ => Compute(catalog, engine, floor));
    }

    // The ladder per catalog (a price file makes another one), engine and floor: every walk reads one.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Catalog.Catalog,
        System.Collections.Concurrent.ConcurrentDictionary<(Physics.InferenceEngine, string?, double?), Quantization[]>> Ladders = [];

    private static Quantization[] Compute(Catalog.Catalog catalog, Physics.InferenceEngine engine, Quantization? floor)
    {
        var lowest = floor ?? (catalog.Quantizations.TryFind(DefaultFloor, out var q) ? q : null);
        var all = For(catalog, engine);
        if (lowest is null)
        {
            return [.. all];
        }

        var position = Array.IndexOf(Order, lowest.Id);
        return [.. all.Where(candidate => position >= 0
            ? Array.IndexOf(Order, candidate.Id) <= position
            : candidate.BitsPerWeight >= lowest.BitsPerWeight)];
    }

    /// <summary>The catalog's quantizations that <paramref name="engine"/> runs, best quality first.</summary>
    public static IReadOnlyList<Quantization> For(Catalog.Catalog catalog, Physics.InferenceEngine engine) =>
        [.. Order.Select(id => catalog.Quantizations.TryFind(id, out var q) ? q : null)
            .OfType<Quantization>()
            .Where(q => CatalogDevices.Runs(q, engine))];
}
