namespace ExpertRig.Domain.Builds;

/// <summary>One row of the guide's table "How Much RAM Do You Need?", as <see cref="GuideRamTable"/> reads it.</summary>
/// <param name="UseCase">The row, worded to follow "for" in a sentence.</param>
/// <param name="MinimumGb">The row's minimum system RAM.</param>
/// <param name="RecommendedGb">The row's recommended system RAM.</param>
/// <param name="Hard">True when the work cannot proceed below the minimum (offloaded layers or training state must fit), so a shortfall rejects the build.</param>
public sealed record RamGuideline(string UseCase, double MinimumGb, double RecommendedGb, bool Hard)
{
    /// <inheritdoc />
    public override string ToString() => $"{UseCase} ({Figures.MarketedGb(MinimumGb)} minimum, {Figures.MarketedGb(RecommendedGb)} recommended)";
}
