using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Advice;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Advice;

/// <summary>How QLoRA fits on the build when fine-tuning is required.</summary>
[Name("fine-tuning-setup")]
[Description("When fine-tuning is required and the build has the memory for it, notes the QLoRA footprint of the largest model and a tool for the build's stack.")]
[Tag("advice"), Tag("fine-tuning")]
[Priority(0)]
[Source("QLoRA paper (Dettmers et al., 2023: NF4 with double quantization, 4.127 bits per parameter; 65B on one 48 GB GPU); guide § 'How Much RAM Do You Need?'")]
public sealed class FineTuningSetupRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadNeed largest = default!;

        When()
            .Exists<Requirements>(r => r.Profile.FineTuning)
            .Match(() => build)
            .Match(
                () => largest,
                n => !GuideClasses.Is70BOrLarger(n.Model) || build.AcceleratorMemoryGb >= AdviceCalculations.QloraSeventyBMemoryGb,
                n => AdviceCalculations.QloraBaseGb(n.Model) < build.AcceleratorMemoryGb)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadNeed largest) =>
        Finding.Written(build, FindingKind.Note, rule, (build, largest), static s => Text(s.build, s.largest));

    private static string Text(Build build, WorkloadNeed largest) =>
        $"Fine-tuning: QLoRA of {largest.Model.Name} keeps a {Figures.Gb(AdviceCalculations.QloraBaseGb(largest.Model))} 4-bit base in the build's {Figures.MarketedGb(build.AcceleratorMemoryGb)}, leaving the rest for adapters, activations and optimizer state; use {AdviceCalculations.QloraTool(build)}"
        + (GuideClasses.Is70BOrLarger(largest.Model) ? $" and keep at least {Figures.MarketedGb(128)} of system RAM (guide; {Figures.MarketedGb(256)} recommended)." : ".");
}
