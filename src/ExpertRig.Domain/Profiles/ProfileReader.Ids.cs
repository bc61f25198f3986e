using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Profiles;

/// <summary>The parts of <see cref="ProfileReader"/> that check values against the catalog's vocabulary.</summary>
internal sealed partial class ProfileReader
{
    private int Context(string label, YamlNode node, string model, int? maxContext)
    {
        var limit = maxContext ?? ProfileLimits.MaxContextTokens;
        var value = Number(label, node, "a whole number of tokens", double.MinValue, minInclusive: true, double.MaxValue);
        RequireWhole(label, node, value);
        if (value < ProfileLimits.MinContextTokens)
        {
            throw Error(node, $"{label}: {Show(value)} is too short; use at least {ProfileLimits.MinContextTokens} tokens");
        }

        if (value > limit)
        {
            throw Error(node, maxContext is null
                ? $"{label}: {Show(value)} is above the limit of {limit} tokens"
                : $"{label}: {Show(value)} is above {model}'s maximum context of {limit} tokens");
        }

        return (int)value;
    }

    private string Model(string label, YamlNode node)
    {
        var text = Text(label, node, "a catalog model id").Trim();
        var match = vocabulary.ModelIds.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        var hint = ClosestMatches.Hint(text, vocabulary.ModelIds);
        var list = hint.Length > 0 ? string.Empty
            : vocabulary.ModelIds.Count <= MaxListedIds ? $"; known models: {string.Join(", ", vocabulary.ModelIds)}"
            : "; 'expertrig catalog models' lists them";
        throw Error(node, $"{label}: unknown model {DisplayText.Quote(text)}{hint}{list}");
    }

    private string Quant(string label, YamlNode node)
    {
        var text = Text(label, node, "a quantization id such as q4-k-m").Trim();
        if (FindQuant(NormalizeQuant(text)) is { } match)
        {
            return match;
        }

        var aliases = vocabulary.QuantAliases;
        var suggestable = aliases.Count > 0 ? (IReadOnlyCollection<string>)[.. aliases.Keys] : vocabulary.QuantIds;
        var hint = ClosestMatches.Hint(text, suggestable);
        var list = hint.Length > 0 ? string.Empty
            : suggestable.Count <= MaxListedIds ? $"; known quantizations: {string.Join(", ", suggestable)}"
            : "; 'expertrig catalog quants' lists them";
        throw Error(node, $"{label}: unknown quantization {DisplayText.Quote(text)}{hint}{list}");
    }

    /// <summary>The catalog spelling for a typed quantization: by display name, by id, or FP16/FP32 for F16/F32.</summary>
    private string? FindQuant(string typed)
    {
        var match = vocabulary.QuantIds.FirstOrDefault(id => NormalizeQuant(id) == typed)
            ?? vocabulary.QuantAliases.FirstOrDefault(alias => NormalizeQuant(alias.Key) == typed).Value;

        // People write FP16/FP32 where llama.cpp says F16/F32.
        return match is null && typed is "FP16" or "FP32" ? FindQuant(typed[0] + typed[2..]) : match;
    }

    private static string NormalizeQuant(string id) => id.Trim().ToUpperInvariant().Replace('-', '_');
}
