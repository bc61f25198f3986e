using System.Globalization;

namespace ExpertRig.Domain;

/// <summary>
/// The one way a computed figure becomes the number a user reads, whether a rule writes it into a sentence, the view
/// model rounds it for JSON, the report's <c>fmt</c> functions print it or the wizard shows it. One rounding rule:
/// half away from zero on the decimal value (the double is read to 15 significant digits first, so 5.75 computed as
/// 5.7499999999999996 still rounds to 5.8). Invariant culture, thousands separators, trailing zeros dropped.
/// Each kind of figure has one precision, below, so the same quantity reads the same everywhere.
/// </summary>
public static class Figures
{
    /// <summary>Decimals of a decode speed in tokens per second per user or in total (24.8).</summary>
    public const int SpeedDecimals = 1;

    /// <summary>Decimals of a prompt-processing speed in tokens per second (872).</summary>
    public const int PromptSpeedDecimals = 0;

    /// <summary>Decimals of a size in GB (42.5).</summary>
    public const int GbDecimals = 1;

    /// <summary>Decimals of a duration in seconds below a minute (5.7).</summary>
    public const int SecondsDecimals = 1;

    /// <summary>Decimals of a share written as a percentage (24%).</summary>
    public const int PercentDecimals = 0;

    /// <summary>Decimals of a current in amps (16.0 A, always with its decimal).</summary>
    public const int AmpsDecimals = 1;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary><paramref name="value"/> rounded half away from zero to <paramref name="decimals"/> decimals.</summary>
    public static double Round(double value, int decimals = 0) =>
        InRange(value) ? (double)Exact(value, decimals) : value;

    /// <summary>A price in whole US dollars (catalog midpoints, totals, yearly costs): 152.5 → 153.</summary>
    public static double Dollars(double usd) => Round(usd);

    /// <summary>A decode speed as shown: one decimal.</summary>
    public static double RoundSpeed(double tokensPerSecond) => Round(tokensPerSecond, SpeedDecimals);

    /// <summary>A prompt-processing speed as shown: whole tokens per second.</summary>
    public static double RoundPromptSpeed(double tokensPerSecond) => Round(tokensPerSecond, PromptSpeedDecimals);

    /// <summary>A size in GB as shown: one decimal.</summary>
    public static double RoundGb(double gb) => Round(gb, GbDecimals);

    /// <summary>A duration in seconds as <see cref="Duration"/> shows it: one decimal below a minute, whole seconds above.</summary>
    public static double RoundSeconds(double seconds)
    {
        var tenths = Round(seconds, SecondsDecimals);
        return Math.Abs(tenths) < 60 ? tenths : Round(seconds);
    }

    /// <summary>A fraction as shown as a whole percentage: 0.0375 → 0.04.</summary>
    public static double RoundShare(double fraction) => Round(fraction, 2 + PercentDecimals);

    /// <summary>A number with thousands separators and at most <paramref name="decimals"/> decimals, trailing zeros dropped: "1,146", "16.8".</summary>
    public static string Number(double value, int decimals = 1) =>
        Text(value, decimals, decimals <= 0 ? "#,0" : "#,0." + new string('#', decimals));

    /// <summary>A number with exactly <paramref name="decimals"/> decimals: "16.0".</summary>
    public static string Fixed(double value, int decimals) =>
        Text(value, decimals, decimals <= 0 ? "#,0" : "#,0." + new string('0', decimals));

    /// <summary>Dollars rounded to the cent, the cents shown only when there are any: "$3,960", "$0.15", "-$20".</summary>
    public static string Usd(double amount)
    {
        if (!InRange(amount))
        {
            return "$" + amount.ToString("#,0", Invariant);
        }

        var cents = Exact(amount, 2);
        var digits = Math.Abs(cents).ToString(cents % 1 == 0 ? "#,0" : "#,0.00", Invariant);
        return (cents < 0 ? "-$" : "$") + digits;
    }

    /// <summary>Dollars rounded to the whole dollar first: "$11,303" for 11,302.50.</summary>
    public static string WholeUsd(double amount) => Usd(Dollars(amount));

    /// <summary>A price per unit such as per kWh, with at least two and at most four decimals: "$0.15", "$0.125".</summary>
    public static string UsdRate(double amount) => "$" + Text(amount, 4, "#,0.00##");

    /// <summary>A dollar range from a catalog, e.g. "$3,500–$4,200".</summary>
    public static string UsdRange(double low, double high) => low == high ? Usd(low) : $"{Usd(low)}–{Usd(high)}";

    /// <summary>A range of whole or decimal figures with an en dash, or one figure when both ends agree: "95–96", "100".</summary>
    public static string Range(double low, double high, int decimals = 0) =>
        Number(low, decimals) == Number(high, decimals) ? Number(low, decimals) : $"{Number(low, decimals)}–{Number(high, decimals)}";

    /// <summary>A fraction as a percentage without a space: 0.24 → "24%".</summary>
    public static string Percent(double fraction, int decimals = PercentDecimals) =>
        Number(Round(fraction, 2 + decimals) * 100, decimals) + "%";

    /// <summary>A decode speed without its unit: "24.8".</summary>
    public static string Speed(double tokensPerSecond) => Number(tokensPerSecond, SpeedDecimals);

    /// <summary>A prompt-processing speed without its unit: "8,071".</summary>
    public static string PromptSpeed(double tokensPerSecond) => Number(tokensPerSecond, PromptSpeedDecimals);

    /// <summary>A size in GB with its unit: "42.5 GB".</summary>
    public static string Gb(double gb) => Number(gb, GbDecimals) + " GB";

    /// <summary>
    /// A size as the vendor markets it (GiB, 2^30 bytes: VRAM, unified memory, DIMMs) in the report's decimal GB:
    /// a "24 GB" card reads "25.8 GB", the figure the report's memory line gives for the same memory.
    /// </summary>
    public static string MarketedGb(double marketedGb) => Gb(marketedGb * Physics.PhysicsUnits.BytesPerGib / Physics.PhysicsUnits.BytesPerGb);

    /// <summary>Power with its unit: "1,300 W".</summary>
    public static string Watts(double watts) => Number(watts, 0) + " W";

    /// <summary>A current with its unit and one decimal: "16.0 A".</summary>
    public static string Amps(double amps) => Fixed(amps, AmpsDecimals) + " A";

    /// <summary>A duration: seconds with one decimal below a minute ("5.7 s"), whole minutes and seconds above ("2 min 5 s").</summary>
    public static string Duration(double seconds)
    {
        if (!InRange(seconds))
        {
            return Number(seconds) + " s";
        }

        var shown = Exact(seconds, SecondsDecimals);
        if (Math.Abs(shown) < 60)
        {
            return shown.ToString("#,0.#", Invariant) + " s";
        }

        var whole = (long)Exact(seconds, 0);
        return $"{(whole / 60).ToString("#,0", Invariant)} min {(whole % 60).ToString("0", Invariant)} s";
    }

    private static string Text(double value, int decimals, string format) =>
        InRange(value) ? Exact(value, decimals).ToString(format, Invariant) : value.ToString(format, Invariant);

    private static bool InRange(double value) => double.IsFinite(value) && Math.Abs(value) < 1e15;

    // Decimal arithmetic rounds the value a person would write, not its binary neighbour: the conversion keeps the
    // double's 15 significant digits, beyond which a computed figure carries no meaning anyway.
    private static decimal Exact(double value, int decimals)
    {
        if (!InRange(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A shown figure must be finite and below 10^15.");
        }

        var rounded = Math.Round((decimal)value, Math.Clamp(decimals, 0, 15), MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0m : rounded;
    }
}
