using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Advisor.Tests;

/// <summary>Runs the real advisor (catalog, archetypes, rules) over a profile and reads its conclusions.</summary>
internal static class Consult
{
    public static Consultation Profile(Profile profile) => Advisor.Default.Consult(profile);

    public static IReadOnlyList<string> RankedArchetypes(this Consultation consultation) =>
        [.. consultation.Ranked.Select(r => r.Build.Archetype)];

    public static IReadOnlyList<string> FindingRules(this Consultation consultation, string archetype, FindingKind kind) =>
        [.. consultation.Findings.Where(f => f.Build?.Archetype == archetype && f.Kind == kind).Select(f => f.Rule)];

    public static IReadOnlyList<string> Violations(this Consultation consultation, string archetype) =>
        consultation.FindingRules(archetype, FindingKind.Violation);

    public static IReadOnlyList<string> Endorsements(this Consultation consultation, string archetype) =>
        consultation.FindingRules(archetype, FindingKind.Endorsement);
}
