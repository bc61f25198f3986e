using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("case-fits-the-board")]
[Description("The case must mount the motherboard's form factor.")]
[Tag("compatibility"), Tag("case"), Tag("platform")]
[Priority(50)]
[Source("guide § 'ASUS Pro WS WRX90E-SAGE SE' (\"EEB — requires full-tower or server chassis\"); cases.yaml form_factors")]
public sealed class CaseFitsBoardRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Case != null && b.Motherboard != null && !b.Case.FormFactors.Contains(b.Motherboard.FormFactor));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Motherboard!.Name} is {Label(build.Motherboard.FormFactor)}; the {build.Case!.Name} mounts {string.Join(", ", build.Case.FormFactors.Select(Label))}.");

    private static string Label(FormFactor formFactor) => formFactor switch
    {
        FormFactor.MiniItx => "Mini-ITX",
        FormFactor.MicroAtx => "Micro-ATX",
        FormFactor.Atx => "ATX",
        FormFactor.EAtx => "E-ATX",
        FormFactor.Ceb => "SSI CEB",
        _ => "SSI EEB",
    };
}
