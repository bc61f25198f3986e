using System.Globalization;
using System.Text;
using ExpertRig.Domain;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Cli.Commands;

/// <summary>The result of <c>predict</c>, as printed in text and serialised to JSON.</summary>
internal sealed record PredictionView(
    [property: System.Text.Json.Serialization.JsonPropertyName("model_id")] string Model,
    string Quant,
    string Engine,
    string Hardware,
    int ContextTokens,
    int Users,
    bool Fits,
    bool Runs,
    string? Problem,
    double WeightsGb,
    double KvCacheGb,
    double TotalMemoryGb,
    double OffloadFraction,
    double DecodeTokensPerS,
    double DecodeTokensPerSAggregate,
    double PromptTokensPerS,
    double CeilingTokensPerS,
    string Bound,
    string Parallelism,
    IReadOnlyList<DeviceMemoryView> Devices,
    IReadOnlyList<Assumption> Assumptions)
{
    /// <summary>KV cache element type (f16, q8_0, q4_0).</summary>
    public string KvCache { get; init; } = "f16";

    /// <summary>The backend the engine is assumed built with (cuda, rocm, vulkan, metal, sycl).</summary>
    public string Backend { get; init; } = "cuda";

    /// <summary>Where a mixture of experts' routed experts live when some stay in system RAM; null otherwise.</summary>
    public ExpertSplitView? ExpertSplit { get; init; }

    /// <summary>The model's identity and shape (JSON <c>"model"</c>); the flat <see cref="Model"/> keeps its id for text.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("model")]
    public PredictModelView? ModelInfo { get; init; }

    public static PredictionView From(LanguageModel model, Quantization quant, InferenceScenario scenario, InferenceEstimate e)
    {
        var first = scenario.Devices[0];
        var hardware = scenario.Devices.Count == 1 ? first.Name : $"{scenario.Devices.Count} × {first.Name}";
        return new PredictionView(
            model.Id, quant.Name, EngineNames.Display(scenario.Engine), hardware, scenario.ContextTokens, scenario.Users,
            e.Fits, e.Runs, e.Problem, Figures.RoundGb(e.WeightsGb), Figures.RoundGb(e.KvCacheGb), Figures.RoundGb(e.TotalMemoryGb),
            Figures.RoundShare(e.OffloadFraction), Figures.RoundSpeed(e.DecodeTokensPerSecondPerUser),
            Figures.RoundSpeed(e.DecodeTokensPerSecondAggregate), Figures.RoundPromptSpeed(e.PromptTokensPerSecond),
            Figures.RoundSpeed(e.CeilingTokensPerSecond), Domain.KebabCase.Of(e.Bound.ToString()), Domain.KebabCase.Of(e.Parallelism.ToString()),
            [.. e.PerDevice.Select((d, i) => new DeviceMemoryView(
                d.DeviceName, d.Layers, Figures.RoundGb(d.TotalGb), Figures.RoundGb(d.UsableGb), d.Fits,
                Figures.RoundGb(scenario.Devices[Math.Min(i, scenario.Devices.Count - 1)].MemoryGb)))],
            e.Assumptions)
        {
            KvCache = KvCacheTypes.ToId(scenario.KvCache),
            Backend = BackendNames.ToId(e.Backend),
            ExpertSplit = e.Experts is { } x
                ? new ExpertSplitView(x.NCpuMoe, x.RamExpertLayers, x.GpuExpertLayers, Figures.RoundGb(x.RamExpertsGb), Figures.RoundGb(x.GpuExpertsGb), Figures.RoundGb(x.RamReadGbPerToken), Figures.RoundGb(x.GpuReadGbPerToken), x.LaunchArguments)
                : null,
            ModelInfo = PredictModelView.From(model),
        };
    }

    public string ToText()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{Model} {Quant} on {Hardware} ({Engine} on {Backend}, {Parallelism}), context {ContextTokens}, {Users} user(s)\n");
        var table = new Output.TextTable("", "");
        table.Add("fits", Fits ? "yes"
            : !Runs ? $"no: {Problem}"
            : ExpertSplit is { } split ? $"no: routed experts of {split.NCpuMoe} layers ({Figures.Gb(split.RamExpertsGb)}) in system RAM, the rest on the GPUs (llama.cpp {split.LlamaCppArguments})"
            : $"no: {Figures.Percent(OffloadFraction)} offloaded to system RAM");
        table.Add("weights", Figures.Gb(WeightsGb));
        table.Add("KV cache", Figures.Gb(KvCacheGb));
        table.Add("total memory", Figures.Gb(TotalMemoryGb));
        // Every size is in decimal GB; the marketed size (GiB) is explained once, on the first device.
        foreach (var (device, i) in Devices.Select((d, i) => (d, i)))
        {
            var sold = i == 0 ? $" (sold as {Figures.Number(device.MarketedGb)} GB: vendors count GiB, 2^30 bytes)" : "";
            table.Add($"  {device.Name}", $"{Figures.Number(device.TotalGb, Figures.GbDecimals)} of {Figures.Gb(device.UsableGb)} usable{sold}, {device.Layers} layers");
        }

        table.Add("decode", $"{Figures.Speed(DecodeTokensPerS)} tok/s per user, {Figures.Speed(DecodeTokensPerSAggregate)} aggregate (bound: {Bound}; ceiling {Figures.Speed(CeilingTokensPerS)})");
        table.Add("prompt", $"{Figures.PromptSpeed(PromptTokensPerS)} tok/s");
        var lines = table.ToString().Split('\n').Skip(2);
        text.Append(string.Join('\n', lines));
        text.Append("assumptions:\n");
        foreach (var assumption in Assumptions)
        {
            text.Append(inv, $"  - {assumption.Text} [{assumption.Source}]\n");
        }

        return text.ToString();
    }

}

/// <summary>The expert split of a mixture of experts in <c>predict</c>'s output.</summary>
internal sealed record ExpertSplitView(
    int NCpuMoe,
    int RamExpertLayers,
    int GpuExpertLayers,
    double RamExpertsGb,
    double GpuExpertsGb,
    double RamReadGbPerToken,
    double GpuReadGbPerToken,
    string LlamaCppArguments);
