using System.Globalization;
using System.Text;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Cli.Commands;

/// <summary>The result of <c>predict</c>, as printed in text and serialised to JSON.</summary>
internal sealed record PredictionView(
    string Model,
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
    public static PredictionView From(LanguageModel model, Quantization quant, InferenceScenario scenario, InferenceEstimate e)
    {
        var first = scenario.Devices[0];
        var hardware = scenario.Devices.Count == 1 ? first.Name : $"{scenario.Devices.Count} × {first.Name}";
        return new PredictionView(
            model.Id, quant.Name, EngineNames.Display(scenario.Engine), hardware, scenario.ContextTokens, scenario.Users,
            e.Fits, e.Runs, e.Problem, Round(e.WeightsGb), Round(e.KvCacheGb), Round(e.TotalMemoryGb), Math.Round(e.OffloadFraction, 3),
            Round(e.DecodeTokensPerSecondPerUser), Round(e.DecodeTokensPerSecondAggregate), Round(e.PromptTokensPerSecond),
            Round(e.CeilingTokensPerSecond), Domain.KebabCase.Of(e.Bound.ToString()), Domain.KebabCase.Of(e.Parallelism.ToString()),
            [.. e.PerDevice.Select(d => new DeviceMemoryView(d.DeviceName, d.Layers, Round(d.TotalGb), Round(d.UsableGb), d.Fits))],
            e.Assumptions);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{Model} {Quant} on {Hardware} ({Engine}, {Parallelism}), context {ContextTokens}, {Users} user(s)\n");
        var table = new Output.TextTable("", "");
        table.Add("fits", Fits ? "yes" : Runs ? $"no: {OffloadFraction:P0} offloaded to system RAM" : $"no: {Problem}");
        table.Add("weights", string.Create(inv, $"{WeightsGb:0.##} GB"));
        table.Add("KV cache", string.Create(inv, $"{KvCacheGb:0.##} GB"));
        table.Add("total memory", string.Create(inv, $"{TotalMemoryGb:0.##} GB"));
        foreach (var device in Devices)
        {
            table.Add($"  {device.Name}", string.Create(inv, $"{device.TotalGb:0.#} of {device.UsableGb:0.#} GB usable, {device.Layers} layers"));
        }

        table.Add("decode", string.Create(inv, $"{DecodeTokensPerS:0.#} tok/s per user, {DecodeTokensPerSAggregate:0.#} aggregate (bound: {Bound}; ceiling {CeilingTokensPerS:0.#})"));
        table.Add("prompt", string.Create(inv, $"{PromptTokensPerS:0} tok/s"));
        var lines = table.ToString().Split('\n').Skip(2);
        text.Append(string.Join('\n', lines));
        text.Append("assumptions:\n");
        foreach (var assumption in Assumptions)
        {
            text.Append(inv, $"  - {assumption.Text} [{assumption.Source}]\n");
        }

        return text.ToString();
    }

    private static double Round(double value) => Math.Round(value, 2);
}
