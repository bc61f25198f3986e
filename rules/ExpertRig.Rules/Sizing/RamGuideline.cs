namespace ExpertRig.Rules.Sizing;

/// <summary>One row of the guide's "How Much RAM Do You Need?" table.</summary>
/// <param name="UseCase">The row, worded to follow "for" in a sentence.</param>
/// <param name="MinimumGb">The guide's minimum system RAM.</param>
/// <param name="RecommendedGb">The guide's recommended system RAM.</param>
/// <param name="Hard">True when the work cannot proceed below the minimum (offloaded layers or training state must fit), so a shortfall rejects the build.</param>
public sealed record RamGuideline(string UseCase, double MinimumGb, double RecommendedGb, bool Hard);
