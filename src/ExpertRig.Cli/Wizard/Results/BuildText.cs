using System.Globalization;
using ExpertRig.Advisor.View;
using ExpertRig.Domain;

namespace ExpertRig.Cli.Wizard.Results;

/// <summary>The lines of a build's page: bill of materials, predicted speeds, memory, power, software, warnings.</summary>
internal static class BuildText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The width of the quantization column of the ranked list (Q4_K_M, exl2-4.25, awq-int4).</summary>
    public const int QuantWidth = 9;

    /// <summary>The one-line entry of a build in the ranked list.</summary>
    public static string ListLine(BuildView build, int titleWidth)
    {
        var title = build.Title.Length > titleWidth ? build.Title[..(titleWidth - 1)] + "…" : build.Title;
        var speed = build.Workloads.Count > 0 ? Figures.Speed(build.Workloads[0].DecodeTokensPerS) : "–";
        // The quantization beside the speed: a 2.5 bpw build is fast because it is small, and must look it.
        var quant = build.Workloads.Count > 0 ? build.Workloads[0].Quant : "–";
        quant = quant.Length > QuantWidth ? quant[..(QuantWidth - 1)] + "…" : quant;
        return string.Create(Inv, $"{build.Rank,2}. {title.PadRight(titleWidth)} {Dollars(build.TotalPriceUsd),9} {quant,-QuantWidth} {speed,7} tok/s");
    }

    /// <summary>
    /// Every line of the build's page; <paramref name="fittedPsuW"/> is the capacity of the power supplies in the bill
    /// of materials (null when the build has none of its own, as a complete system).
    /// </summary>
    public static IEnumerable<string> Page(BuildView build, double? fittedPsuW)
    {
        yield return string.Create(Inv, $"#{build.Rank} {build.Title}: {Dollars(build.TotalPriceUsd)}");
        yield return "Rank: " + build.ScoreExplanation;
        yield return "";
        yield return "Bill of materials";
        foreach (var c in build.Components)
        {
            yield return string.Create(Inv, $"  {c.Category,-11} {c.Name}{(c.Used ? " (used)" : "")} ×{c.Quantity}: {Dollars(c.SubtotalUsd)}");
        }

        yield return string.Create(Inv, $"  {"total",-11} {Dollars(build.TotalPriceUsd)}");
        yield return "";
        yield return "Predicted speed";
        foreach (var w in build.Workloads)
        {
            var fit = w.FitsInVram ? "fits in accelerator memory" : $"{Figures.Percent(w.OffloadFraction)} offloaded to system RAM";
            yield return string.Create(Inv,
                $"  {w.Model} at {w.Quant} with {w.Engine}: {Figures.Speed(w.DecodeTokensPerS)} tok/s per user ({Figures.Speed(w.DecodeTokensPerSAggregate)} in total), prompt {Figures.PromptSpeed(w.PromptTokensPerS)} tok/s; {Figures.Gb(w.TotalMemoryGb)}, {fit}");
        }

        yield return "";
        yield return string.Create(Inv,
            $"Memory: {Figures.Gb(build.Memory.VramGb)} {(build.Memory.Unified ? "unified (GPU share)" : "VRAM")}, {Figures.Gb(build.Memory.SystemRamGb)} system RAM");
        if (build.Power is { } p)
        {
            // The capacity the peak needs is not the unit fitted (the next size the catalog has): say which is which.
            var psu = fittedPsuW is { } fitted ? string.Create(Inv, $", PSU needed ≥ {Figures.Watts(p.PsuW)} (fitted {Figures.Watts(fitted)})") : "";
            yield return string.Create(Inv,
                $"Power: {Figures.Watts(p.SustainedW)} sustained, {Figures.Watts(p.PeakW)} peak{psu}; circuit {p.Circuit} {(p.CircuitOk ? "is enough" : "is NOT enough")}; {Dollars(p.YearlyCostUsd)}/year ({Figures.Number(p.YearlyKwh, 0)} kWh)");
        }

        if (build.Software.Length > 0)
        {
            yield return $"Software: {build.Software}. {build.SoftwareReason}";
        }

        foreach (var line in Section("Warnings", "! ", build.Warnings).Concat(Section("Notes", "- ", build.Notes)))
        {
            yield return line;
        }
    }

    /// <summary>A dollar amount as the report writes it, whole dollars rounded half away from zero, e.g. $1,399.</summary>
    public static string Dollars(double usd) => Figures.WholeUsd(usd);

    private static IEnumerable<string> Section(string title, string bullet, IReadOnlyList<RuleTextView> lines)
    {
        yield return "";
        yield return lines.Count == 0 ? $"{title}: none" : title;
        foreach (var line in lines)
        {
            yield return $"  {bullet}{line.Text} ({line.Rule})";
        }
    }
}
