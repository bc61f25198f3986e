using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Compatibility;

[Name("parts-missing-from-the-catalog")]
[Description("A build the catalog cannot complete (a part with no sourced entry and price) is rejected rather than recommended with a hole in its bill of materials.")]
[Tag("compatibility"), Tag("catalog")]
[Priority(50)]
[Source("issue 4 § Configurator (configure a concrete build from the catalog); docs/configurator.md (gaps)")]
public sealed class CatalogGapsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gaps.Count > 0);
        Then().Yield(ctx => new Finding(build, FindingKind.Violation, ctx.Rule.Name,
            $"The catalog cannot complete this build: {string.Join("; ", build.Gaps)}; its price and fit are unknown."));
    }
}
