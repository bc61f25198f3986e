using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Apple Silicon bullet: power consumption and noise are priorities.</summary>
[Name("apple-power-and-noise")]
[Description("Endorses an Apple Silicon Mac when low power or quiet is a priority.")]
[Tag("framework"), Tag("apple")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'; vendor spec: Apple Mac Studio maximum continuous power")]
public sealed class ApplePowerNoiseRule : Rule
{
    private const string Bullet = "Consider Apple Silicon instead of a GPU build if power consumption and noise are priorities (Mac Studio draws 60–70W vs 700W+ for GPU builds)";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsAppleSilicon(b))
            .Exists<Requirements>(r => r.Wants(Priority.Power) || r.Wants(Priority.Quiet));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build) =>
        Finding.Written(build, FindingKind.Endorsement, rule, build, static s => Text(s));

    private static string Text(Build build) => FrameworkText.Because(
        "Low power or quiet is one of your priorities",
        $"the {build.System!.Name} is rated at most {Figures.Number(build.System!.PowerW, 0)} W for the whole machine (the guide's 60–70 W is light load)",
        Bullet);
}
