using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Ranking;

[Name("feasible-build")]
[Description("A build that breaks no hard constraint (fit, speed, budget, compatibility, power, circuit, OS) is feasible.")]
[Tag("ranking")]
[Priority(20)]
[Source("issue 4 § Configurator: rank the feasible builds, keep rejected alternatives with the rules that rejected them")]
public sealed class FeasibleBuildRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When()
            .Match(() => build)
            .Not<Finding>(f => ReferenceEquals(f.Build, build) && f.Kind == FindingKind.Violation);
        Then().Yield(_ => new FeasibleBuild(build));
    }
}
