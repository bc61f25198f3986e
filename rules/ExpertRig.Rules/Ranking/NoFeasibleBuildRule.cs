using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Ranking;

[Name("no-feasible-build")]
[Description("When no build meets every need, say so, name what stopped the closest builds, and what the cheapest build that meets every need except the budget would cost.")]
[Tag("ranking")]
[Priority(5)]
[Source("issue 4 § Configurator: no feasible build is a valid answer — say why, and what the cheapest build that meets the needs would cost")]
public sealed class NoFeasibleBuildRule : Rule
{
    public override void Define()
    {
        IEnumerable<Build> builds = default!;
        IEnumerable<Finding> violations = default!;
        When()
            .Not<FeasibleBuild>()
            .Query(() => builds, q => q.Match<Build>().Collect().Where(c => c.Any()))
            .Query(() => violations, q => q.Match<Finding>(f => f.Kind == FindingKind.Violation).Collect());
        Then().Yield(ctx => Warning(ctx.Rule.Name, builds, violations));
    }

    // The paragraph is written when first read (Finding.Written): a consultation that ranks may never read it. The
    // collected builds and violations are copied: it is written from them as they are now.
    private static Finding Warning(string rule, IEnumerable<Build> builds, IEnumerable<Finding> violations) =>
        Finding.Written(null, FindingKind.Warning, rule, (builds: builds.ToArray(), violations: violations.ToArray()), static s => InfeasibilityReport.Explain(s.builds, s.violations));
}
