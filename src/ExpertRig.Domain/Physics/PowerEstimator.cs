namespace ExpertRig.Domain.Physics;

/// <summary>PSU sizing, wall current and yearly electricity cost from a list of components.</summary>
public static class PowerEstimator
{
    private const string BadComponents = "Give at least one component, each with count ≥ 1 and 0 ≤ sustained ≤ peak watts.";

    /// <summary>Budgets a machine with the shipped constants.</summary>
    public static PowerEstimate Estimate(IEnumerable<PowerComponent> components) => Estimate(components, PhysicsConstantsLoader.LoadDefault().Power);

    /// <summary>
    /// Sums sustained and peak draws, sizes the PSU so the peak stays within its maximum load share, splits it over
    /// several PSUs above the dual-PSU threshold, and checks every household circuit against the 80% continuous-load
    /// rule (sustained wall draw) and the breaker (peak wall draw).
    /// </summary>
    public static PowerEstimate Estimate(IEnumerable<PowerComponent> components, PowerConstants constants)
    {
        return Estimate(SizePsus(components as IReadOnlyList<PowerComponent> ?? components.ToList(), constants), constants);
    }

    /// <summary>
    /// <see cref="Estimate(IEnumerable{PowerComponent}, PowerConstants)"/> from its PSU sizing (<see cref="SizePsus"/>
    /// or <see cref="DrawSum.Size"/> of the same components): the standard unit, wall draws and circuit verdicts.
    /// </summary>
    internal static PowerEstimate Estimate((double SustainedWatts, double PeakWatts, double RequiredPsuWatts, int PsuCount) sizing, PowerConstants constants)
    {
        var (sustained, peak, required, count) = sizing;
        var share = required / count;
        // The first standard size that carries the share (a loop: every build's budget asks).
        var unit = 0;
        for (var i = 0; i < constants.StandardPsuWatts.Count; i++)
        {
            if (constants.StandardPsuWatts[i] >= share)
            {
                unit = constants.StandardPsuWatts[i];
                break;
            }
        }

        if (unit == 0)
        {
            unit = constants.StandardPsuWatts[^1];
        }

        var wallSustained = sustained / constants.PsuEfficiency;
        var wallPeak = peak / constants.PsuEfficiency;
        var standard = HouseholdCircuit.Standard;
        var circuits = new List<CircuitCheck>(standard.Count);
        foreach (var circuit in standard)
        {
            circuits.Add(CircuitCheck.For(circuit, wallSustained, wallPeak, constants));
        }

        // Written when read: only the reports read them, and a consultation budgets every build.
        var assumptions = new AssumptionsWhenRead(() => new List<Assumption>
        {
            new($"The PSU carries the sum of peak draws at no more than {Figures.Percent(constants.PsuMaxLoadFraction)} of its rating.", constants.Source),
            new($"Two or more synchronised PSUs above {Figures.Watts(constants.DualPsuAboveWatts)} sustained or {Figures.Watts(constants.MaxSinglePsuWatts)} of required PSU capacity.", constants.Source),
            new($"Wall draw = DC draw ÷ {Figures.Percent(constants.PsuEfficiency)} PSU efficiency; continuous loads may use {Figures.Percent(constants.ContinuousLoadFraction)} of a breaker's rating.", constants.Source),
        });
        return new PowerEstimate(sustained, peak, required, count, unit, wallSustained, wallPeak, wallSustained / 120, wallSustained / 240, circuits, assumptions);
    }

    /// <summary>
    /// Only the PSU sizing of <see cref="Estimate(IEnumerable{PowerComponent}, PowerConstants)"/>: the same sums, in the
    /// same order, without the circuit verdicts and assumption sentences the configurator's PSU choice never reads.
    /// </summary>
    internal static (double SustainedWatts, double PeakWatts, double RequiredPsuWatts, int PsuCount) SizePsus(
        IReadOnlyList<PowerComponent> parts, PowerConstants constants)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException(BadComponents, "components");
        }

        var sum = default(DrawSum);
        foreach (var p in parts)
        {
            sum.Add(p.SustainedWatts, p.PeakWatts, p.Count);
        }

        return sum.Size(constants);
    }

    /// <summary>
    /// The sums <see cref="SizePsus"/> makes, one component at a time, for a caller that has the components' figures
    /// without a list of them (<c>BuildPower</c>): the same checks, additions and order, so the same sizing.
    /// </summary>
    internal struct DrawSum
    {
        private double sustained;
        private double peak;
        private int parts;

        /// <summary>Adds <paramref name="count"/> of a component; throws as <see cref="SizePsus"/> does on a bad one.</summary>
        public void Add(double sustainedWatts, double peakWatts, int count = 1)
        {
            if (count < 1 || sustainedWatts < 0 || peakWatts < sustainedWatts)
            {
                throw new ArgumentException(BadComponents, "components");
            }

            sustained += sustainedWatts * count;
            peak += peakWatts * count;
            parts++;
        }

        /// <summary>The PSU sizing of the components added; throws when there are none.</summary>
        public readonly (double SustainedWatts, double PeakWatts, double RequiredPsuWatts, int PsuCount) Size(PowerConstants constants)
        {
            if (parts == 0)
            {
                throw new ArgumentException(BadComponents, "components");
            }

            var required = peak / constants.PsuMaxLoadFraction;
            var count = required > constants.MaxSinglePsuWatts || sustained > constants.DualPsuAboveWatts
                ? Math.Max(2, (int)Math.Ceiling(required / constants.MaxSinglePsuWatts))
                : 1;
            return (sustained, peak, required, count);
        }
    }

    /// <summary>Yearly kWh and cost at the sustained wall draw for <paramref name="hoursPerDay"/> hours a day.</summary>
    public static ElectricityCost YearlyCost(PowerEstimate power, double hoursPerDay, double pricePerKwh)
    {
        if (hoursPerDay is < 0 or > 24 || pricePerKwh < 0)
        {
            throw new ArgumentException("Hours per day must be 0–24 and the price per kWh must not be negative.");
        }

        var kwh = power.SustainedWallWatts / 1000 * hoursPerDay * 365;
        return new ElectricityCost(kwh, kwh * pricePerKwh);
    }
}
