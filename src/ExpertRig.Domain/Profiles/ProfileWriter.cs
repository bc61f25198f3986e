using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ExpertRig.Domain.Profiles;

/// <summary>
/// Writes a <see cref="Profile"/> as profile YAML with every key spelled out, so a saved file shows the defaults it
/// runs with; <see cref="ProfileLoader"/> reads the result back to an equal profile.
/// </summary>
public static partial class ProfileWriter
{
    /// <summary>The profile as YAML text in the schema of docs/profile.md, keys in schema order, LF line ends.</summary>
    public static string ToYaml(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var yaml = new StringBuilder();
        Line(yaml, "# ExpertRig profile: the schema and every default are described in docs/profile.md");
        Line(yaml, $"{ProfileKeys.Workloads}:");
        foreach (var workload in profile.Workloads)
        {
            // A model read from a config.json is written as that file, so the saved profile reads it again.
            Line(yaml, workload.ModelFile is { } file
                ? $"  - {ProfileKeys.ModelFile}: {Text(file)}"
                : $"  - {ProfileKeys.Model}: {Text(workload.Model)}");
            if (workload.Quant is { } quant)
            {
                Line(yaml, $"    {ProfileKeys.Quant}: {Text(quant)}");
            }

            Line(yaml, $"    {ProfileKeys.ContextTokens}: {Number(workload.ContextTokens)}");
            if (workload.MinTokensPerSecond is { } speed)
            {
                Line(yaml, $"    {ProfileKeys.MinTokensPerSecond}: {Number(speed)}");
            }
        }

        Line(yaml, $"{ProfileKeys.ConcurrentUsers}: {Number(profile.ConcurrentUsers)}");
        if (profile.HasBudget)
        {
            Line(yaml, $"{ProfileKeys.BudgetUsd}: {Number(profile.BudgetUsd)}");
        }

        Line(yaml, $"{ProfileKeys.Os}: {ProfileTokens.ToToken(profile.Os)}");
        Line(yaml, $"{ProfileKeys.Privacy}: {ProfileTokens.ToToken(profile.Privacy)}");
        Line(yaml, $"{ProfileKeys.AcceptUsed}: {Flag(profile.AcceptUsed)}");
        Line(yaml, $"{ProfileKeys.Circuit}: {ProfileTokens.ToToken(profile.Circuit)}");
        Line(yaml, $"{ProfileKeys.ElectricityUsdPerKwh}: {Number(profile.ElectricityUsdPerKwh)}");
        Line(yaml, $"{ProfileKeys.HoursPerDay}: {Number(profile.HoursPerDay)}");
        if (profile.GpuPowerLimitPercent != Builds.GpuPowerLimit.StockPercent)
        {
            Line(yaml, $"{ProfileKeys.GpuPowerLimitPercent}: {Number(profile.GpuPowerLimitPercent)}");
        }

        Line(yaml, $"{ProfileKeys.FineTuning}: {Flag(profile.FineTuning)}");
        Line(yaml, $"{ProfileKeys.OtherGpuWorkloads}: {Flag(profile.OtherGpuWorkloads)}");
        Line(yaml, $"{ProfileKeys.EccRequired}: {Flag(profile.EccRequired)}");
        Line(yaml, $"{ProfileKeys.Priorities}: [{string.Join(", ", profile.Priorities.Select(ProfileTokens.ToToken))}]");
        if (profile.KvCache != ProfileDefaults.KvCache)
        {
            Line(yaml, $"{ProfileKeys.KvCache}: {Physics.KvCacheTypes.ToId(profile.KvCache)}");
        }

        if (!profile.RunTogether)
        {
            Line(yaml, $"{ProfileKeys.RunTogether}: {Flag(profile.RunTogether)}");
        }

        if (profile.MinQuality is { } floor)
        {
            Line(yaml, $"{ProfileKeys.MinQuality}: {floor}");
        }
        return yaml.ToString();
    }

    // Append with an explicit "\n" so the output is the same on every platform (AppendLine uses the OS newline).
    private static void Line(StringBuilder yaml, string text) => yaml.Append(text).Append('\n');

    private static string Flag(bool value) => value ? "true" : "false";

    // The default double format is the shortest text that parses back to the same value.
    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    // Catalog ids are plain words; anything else is double-quoted so the YAML still parses to the same text.
    private static string Text(string value) => PlainWord().IsMatch(value) && !LooksLikeOtherType(value)
        ? value
        : Quote(value);

    private static bool LooksLikeOtherType(string value) =>
        value is "true" or "false" or "null" or "Null" or "NULL" or "~"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex PlainWord();
}
