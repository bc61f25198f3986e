using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Advice;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Advice;

/// <summary>QLoRA of a 70B-class model needs {Figures.MarketedGb(AdviceCalculations.QloraSeventyBMemoryGb)} or more of accelerator memory.</summary>
[Name("qlora-70b-needs-48gb")]
[Description("Warns when fine-tuning is required for a 70B-class model but the build has less than 48 GB of accelerator memory for QLoRA.")]
[Tag("advice"), Tag("fine-tuning")]
[Priority(0)]
[Source("QLoRA paper (Dettmers et al., 2023: a 65B model fine-tuned on a single 48 GB GPU); guide § 'How Much RAM Do You Need?' (Fine-tuning 70B (QLoRA))")]
public sealed class QloraVramRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadNeed largest = default!;

        When()
            .Exists<Requirements>(r => r.Profile.FineTuning)
            .Match(() => build, b => b.AcceleratorMemoryGb < AdviceCalculations.QloraSeventyBMemoryGb)
            .Match(() => largest, n => GuideClasses.Is70BOrLarger(n.Model))
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest));
        Then()
            .Yield(ctx => Warning(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, WorkloadNeed largest) =>
        Finding.Written(build, FindingKind.Warning, rule, (build, largest), static s => Text(s.build, s.largest));

    private static string Text(Build build, WorkloadNeed largest) => $"Fine-tuning: QLoRA of {largest.Model.Name} needs {Figures.MarketedGb(AdviceCalculations.QloraSeventyBMemoryGb)} or more of accelerator memory (its 4-bit base alone is {Figures.Gb(AdviceCalculations.QloraBaseGb(largest.Model))}), "
        + $"and this build has {Figures.MarketedGb(build.AcceleratorMemoryGb)}; fine-tune smaller models here or rent a GPU with {Figures.MarketedGb(AdviceCalculations.QloraSeventyBMemoryGb)} or more for that run.";
}
