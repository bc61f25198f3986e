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
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) => $"The catalog cannot complete this build: {string.Join("; ", build.Gaps)}; its price and fit are unknown.";
}
