namespace ExpertRig.Domain.Facts;

/// <summary>
/// A conclusion about a build that a rule reached: a hard <see cref="FindingKind.Violation"/> rejects the build, a
/// <see cref="FindingKind.Warning"/> is a risk to read, <see cref="FindingKind.Endorsement"/> is a reason to choose it,
/// <see cref="FindingKind.Note"/> is advice. <see cref="Rule"/> is the name of the rule that concluded it.
/// </summary>
public sealed record Finding(Builds.Build? Build, FindingKind Kind, string Rule, string Text)
{
    /// <summary>The finding as the audit trail shows it, its kind in lower case ("violation [within-budget] …").</summary>
    public override string ToString() => $"{KebabCase.Of(Kind.ToString())} [{Rule}] {(Build is null ? "" : Build.Archetype + ": ")}{Text}";
}
