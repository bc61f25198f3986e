using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>GPU tier list caveat: ROCm is less mature than CUDA.</summary>
[Name("rx7900xtx-rocm-caveat")]
[Description("Warns that the RX 7900 XTX runs on ROCm, whose real-world LLM throughput the guide puts at 40–60% of an RTX 4090's.")]
[Tag("framework"), Tag("rx7900xtx")]
[Priority(40)]
[Source("guide § 'Tier B: AMD Radeon RX 7900 XTX — The Open-Source Alternative'")]
public sealed class Rx7900XtxRocmCaveatRule : Rule
{
    private const string Caveat = "ROCm support remains less mature than CUDA, FlashAttention and custom CUDA kernels don't apply, and real-world throughput is typically 40–60% of an RTX 4090's";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsRx7900Xtx(b))
            .Match(() => largest, p => ReferenceEquals(p.Build, build))
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Warning(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Warning, rule, largest, static s => Text(s));

    private static string Text(WorkloadPrediction largest) => FrameworkText.Because(
        "This build runs on AMD ROCm, not CUDA (ExLlamaV2 and CUDA-only kernels will not run)",
        FrameworkText.Predicted(largest),
        Caveat);
}
