namespace ExpertRig.Domain.Builds;

/// <summary>
/// The power limit the user sets on every discrete GPU of a build (<c>nvidia-smi -pl</c>, <c>rocm-smi --setpoweroverdrive</c>),
/// as a whole percentage of the card's rated board power. A card at its limit draws no more than that share of its
/// rating, so the build's GPU draw, its PSU and its circuit all scale with it; the speed it costs is
/// <see cref="Predictions.PowerLimitSpeed"/>'s. Unified-memory systems have no such setting and are not affected.
/// </summary>
public sealed record GpuPowerLimit
{
    /// <summary>The lowest limit a profile may set; below half power the measured decode speed collapses (see <see cref="Predictions.PowerLimitSpeed"/>).</summary>
    public const int MinPercent = 50;

    /// <summary>The highest limit: the card's own rating (raising it is overclocking, which this tool does not model).</summary>
    public const int MaxPercent = 100;

    /// <summary>The stock limit: the card's rated board power.</summary>
    public const int StockPercent = 100;

    /// <summary>A limit of <paramref name="percent"/>% of rated board power (50–100).</summary>
    public GpuPowerLimit(int percent)
    {
        if (percent is < MinPercent or > MaxPercent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, $"A GPU power limit is {MinPercent}–{MaxPercent}% of rated board power.");
        }

        Percent = percent;
    }

    /// <summary>The stock limit, 100%.</summary>
    public static GpuPowerLimit Stock { get; } = new(StockPercent);

    /// <summary>The limit in percent of rated board power.</summary>
    public int Percent { get; }

    /// <summary>The limit as a fraction of rated board power (0.5–1).</summary>
    public double Fraction => Percent / 100.0;

    /// <summary>True at the stock limit.</summary>
    public bool IsStock => Percent == StockPercent;

    /// <summary>What a card rated at <paramref name="ratedBoardWatts"/> draws at most under this limit.</summary>
    public double BoardWatts(double ratedBoardWatts) => ratedBoardWatts * Fraction;

    /// <inheritdoc />
    public override string ToString() => $"{Percent}%";
}
