using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Configuration;

[Name("configure-build")]
[Description("Each platform archetype of the guide is configured into a complete, priced build from the catalog: GPUs, CPU, board, RAM sized by the guide's RAM table, storage sized to the models, PSU sized to the peak draw, cooler, case and accessories.")]
[Tag("configuration")]
[Priority(100)]
[Source("guide § 'Hardware for Running Powerful AI Models Locally: Three Complete Build Tiers', the 8× RTX 3090 server, PSU and RAM sections; docs/configurator.md")]
public sealed class ConfigureBuildRule : Rule
{
    public override void Define()
    {
        Archetype archetype = default!;
        Requirements requirements = default!;
        Knowledge knowledge = default!;
        IEnumerable<WorkloadNeed> needs = default!;
        When()
            .Match(() => archetype)
            .Match(() => requirements)
            .Match(() => knowledge)
            .Query(() => needs, q => q.Match<WorkloadNeed>().Collect().Where(c => c.Any()));
        Then().Yield(_ => ComposedBuilds.Configure(archetype, requirements, needs.OrderBy(n => n.Index).ToList(), knowledge));
    }
}
