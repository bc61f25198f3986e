namespace ExpertRig.Domain.Physics;

/// <summary>One statement an estimate relies on, with where its number comes from, so a user can audit it.</summary>
/// <param name="Text">The assumption in one sentence.</param>
/// <param name="Source">The file, measurement or reference behind it.</param>
public sealed record Assumption(string Text, string Source);
