using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Compatibility;

[Name("build-is-complete")]
[Description("A discrete-GPU build that lacks a part every machine needs (CPU, board, RAM, drive, PSU, CPU cooler, case) is incomplete and cannot pass, whatever else it gets right.")]
[Tag("compatibility")]
[Priority(50)]
[Source("XCON's completeness check: a configured order lists every part the machine needs; issue 12 § check")]
public sealed class BuildIsCompleteRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When()
            .Match(() => build, b => BuildCompleteness.Missing(b).Count > 0);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) => $"The build is incomplete: it lists no {string.Join(", no ", BuildCompleteness.Missing(build))}.";
}
