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
        Then().Yield(ctx => new Finding(build, FindingKind.Violation, ctx.Rule.Name, Text(build)));
    }

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
