using CsCheck;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Advisor.Tests.Composition;

/// <summary>What every composition keeps, over generated profiles: composed builds pass the checks they were composed for, every line is justified, the ranking is undominated.</summary>
public sealed class ComposedBuildProperties
{
    // The compatibility checks the composer chooses parts for (seating, lanes, spacing, case, socket, RAM, PSU); the
    // profile's own constraints (budget, speed, OS, used, ECC, circuit) may still reject a composed build.
    private static readonly HashSet<string> CompositionChecks =
    [
        "case-fits-the-board", "parts-missing-from-the-catalog", "air-cooler-fits-the-case", "cooler-mounts-on-the-socket",
        "cooler-rated-for-the-cpu", "cpu-lanes-for-every-gpu-at-x8", "cpu-fits-the-board", "enough-x16-slots",
        "card-length-fits-the-case", "gpus-share-lanes-at-x8", "cards-fit-the-slot-spacing", "cards-fit-the-cases-expansion-slots",
        "ram-within-the-platforms-maximum", "dimms-fit-the-memory-slots", "ram-type-matches-the-platform", "nvme-drives-fit-the-m-2-sockets",
        "passive-cards-need-forced-airflow", "native-12v-2x6-cable-per-gpu", "psu-covers-the-peak-draw", "dual-psu-needs-an-add2psu",
        "two-psus-above-2000-w",
    ];

    private static readonly HashSet<string> Templates = [.. Advisor.Default.Archetypes.Select(a => a.Id)];

    [Fact]
    public void ComposedBuilds_PassTheChecksTheyWereComposedFor_AndEveryLineHasAReason() =>
        RecommendationInvariants.Profiles.Sample(profile =>
        {
            var consultation = Consult.Profile(profile);
            consultation.Builds.Count.ShouldBeLessThanOrEqualTo(BuildComposer.MaxCandidates);
            foreach (var build in consultation.Builds.Where(b => !Templates.Contains(b.Archetype)))
            {
                consultation.FindingsFor(build)
                    .Where(f => f.Kind == FindingKind.Violation && CompositionChecks.Contains(f.Rule))
                    .Select(f => $"{f.Rule}: {f.Text}")
                    .ShouldBeEmpty(build.Archetype);
                build.Components.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Reason));
                build.Title.ShouldContain(build.IsCluster ? "(two machines)" : " on ");
            }
        }, iter: 25, threads: 1);

    [Fact]
    public void NoRankedComposedBuild_IsDominatedByAnotherRankedBuild() =>
        RecommendationInvariants.Profiles.Sample(profile =>
        {
            var consultation = Consult.Profile(profile);
            var ranked = consultation.Ranked.Select(r => r.Build).ToList();
            foreach (var build in ranked.Where(b => !Templates.Contains(b.Archetype)))
            {
                var dominator = ranked.FirstOrDefault(other => !ReferenceEquals(other, build) && Dominance.Dominates(consultation, other, build));
                dominator.ShouldBeNull($"{build.Archetype} is dominated by {dominator?.Archetype}");
            }
        }, iter: 25, threads: 1);
}
