using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Sizes the power supplies with <see cref="PowerEstimator"/> (sum of peaks at no more than 80% load; two or more
/// synchronised units above its thresholds) and picks the smallest catalog PSU that carries its share with a native
/// 12V-2x6 output for every 16-pin GPU plug it feeds. The archetype's PSUs stay when they qualify in the same number.
/// </summary>
internal static class PsuChooser
{
    public static PsuChoice Choose(Build partial, IReadOnlyList<string> preferredIds, Knowledge knowledge)
    {
        var power = BuildPower.SizePsus(partial, knowledge.Physics.Power);
        var count = power.PsuCount;
        var share = power.RequiredPsuWatts / count;
        var gpu = partial.Gpu;
        var connectors = gpu is { PowerConnector: PowerConnectorKind.TwelveVolt2x6 }
            ? (int)Math.Ceiling(partial.GpuCount / (double)count) * gpu.PowerConnectorCount
            : 0;
        bool Qualifies(PowerSupply psu) => psu.Watts >= share && psu.Connectors12V2x6 >= connectors;

        // What the PSUs must carry, in words: written only when a reason or the gap is read.
        var maxLoad = knowledge.Physics.Power.PsuMaxLoadFraction;
        string Need() => $"peaks of {BuildText.Watts(power.PeakWatts)} need {BuildText.Watts(power.RequiredPsuWatts)} of PSU at ≤ {Figures.Percent(maxLoad)} load"
            + (count > 1 ? $", over {count} synchronised units of ≥ {BuildText.Watts(share)}" : string.Empty)
            + (connectors > 0 ? $" with {connectors} native 12V-2x6 output{(connectors > 1 ? "s" : string.Empty)} each" : string.Empty);

        var preferred = OneModel(preferredIds) ? knowledge.Catalog.FindPowerSupply(preferredIds[0]) : null;
        if (preferred is not null && preferredIds.Count == count && Qualifies(preferred))
        {
            return new PsuChoice(preferred, count, () => $"{Need()}: the archetype's {BuildText.Times(count, preferred.Name)} {(count == 1 ? "qualifies" : "qualify")}.", null);
        }

        // The first of the qualifying PSUs ordered by watts, then mid price, then id: one pass, no sort.
        PowerSupply? chosen = null;
        foreach (var psu in knowledge.Catalog.PowerSupplies)
        {
            if (Qualifies(psu) && (chosen is null || IsBefore(psu, chosen)))
            {
                chosen = psu;
            }
        }

        if (chosen is null)
        {
            return new PsuChoice(null, 0, null, $"psus.yaml has no PSU of ≥ {BuildText.Watts(share)} with {connectors} 12V-2x6 outputs; {Need()}");
        }

        var first = preferredIds.Count > 0 ? knowledge.Catalog.FindPowerSupply(preferredIds[0]) : null;
        string Replaced()
        {
            if (first is null)
            {
                return string.Empty;
            }

            var shortfall = preferredIds.Count != count
                ? $"are {preferredIds.Count} unit{(preferredIds.Count > 1 ? "s" : string.Empty)}, not {count}"
                : first.Watts < share
                    ? $"give {BuildText.Watts(first.Watts)} each"
                    : $"have {first.Connectors12V2x6} 12V-2x6 output{(first.Connectors12V2x6 == 1 ? string.Empty : "s")} each";
            return $" (the archetype's {BuildText.Times(preferredIds.Count, first.Name)} {shortfall})";
        }

        return new PsuChoice(chosen, count, () => $"{Need()}: the smallest catalog PSU that does{Replaced()}.", null);
    }

    // True when the archetype lists PSUs of exactly one model (ids compared as strings, as a Distinct would).
    private static bool OneModel(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return false;
        }

        for (var i = 1; i < ids.Count; i++)
        {
            if (!string.Equals(ids[i], ids[0], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBefore(PowerSupply psu, PowerSupply other)
    {
        var byWatts = psu.Watts.CompareTo(other.Watts);
        if (byWatts != 0)
        {
            return byWatts < 0;
        }

        var byPrice = psu.PriceUsd.Range.Midpoint.CompareTo(other.PriceUsd.Range.Midpoint);
        if (byPrice != 0)
        {
            return byPrice < 0;
        }

        return string.CompareOrdinal(psu.Id, other.Id) < 0;
    }
}
