namespace ExpertRig.Domain.Builds;

/// <summary>One row of the guide's table "How Much RAM Do You Need?", as <see cref="GuideRamTable"/> reads it.</summary>
/// <param name="UseCase">The row, worded to follow "for" in a sentence.</param>
/// <param name="MinimumGb">The row's minimum system RAM.</param>
/// <param name="RecommendedGb">The row's recommended system RAM.</param>
/// <param name="Hard">True when the work cannot proceed below the minimum (offloaded layers or training state must fit), so a shortfall rejects the build.</param>
/// <param name="Authority">Whose row it is, worded to go before "minimum" in a sentence: "the guide's" for the guide's
/// table, "ExpertRig's" for a row ExpertRig adds below it (<see cref="GuideRamTable.SmallModelOnGpu"/>).</param>
/// <param name="MatchesGpuMemory">True for ExpertRig's row asking as much RAM as the GPUs' memory (<see cref="GuideRamTable.MatchingGpuMemory"/>).</param>
public sealed record RamGuideline(string UseCase, double MinimumGb, double RecommendedGb, bool Hard, string Authority = RamGuideline.Guide, bool MatchesGpuMemory = false)
{
    /// <summary>The <see cref="Authority"/> of the guide's own rows.</summary>
    public const string Guide = "the guide's";

    /// <summary>True for a row of the guide's table; false for one ExpertRig adds.</summary>
    public bool FromGuide => Authority == Guide;

    /// <inheritdoc />
    public override string ToString() => $"{UseCase} ({Figures.MarketedGb(MinimumGb)} minimum, {Figures.MarketedGb(RecommendedGb)} recommended)";
}
