using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Configuration;

/// <summary>A cluster of unified systems is two machines joined by a cable: says so, and how the model is split between them.</summary>
[Name("two-machine-cluster")]
[Description("A cluster (two DGX Sparks over QSFP) is two machines on one network link: llama.cpp splits the layers between them, so memory adds up but a single stream runs at one unit's bandwidth.")]
[Tag("configuration"), Tag("cluster")]
[Priority(50)]
[Source("NVIDIA 'Connect multiple Sparks' playbook (build.nvidia.com/spark: two devices, one QSFP cable, no switch); StorageReview DGX Spark cluster review (2026: pipeline beat tensor parallelism on the 200 Gb fabric); al-engr.com two-Spark TP=2 measurement (2026)")]
public sealed class TwoMachineClusterRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.IsCluster);
        Then().Yield(ctx => Note(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build) =>
        Finding.Written(build, FindingKind.Note, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"This build is a two-machine cluster: {build.SystemCount} × {build.System!.Name} joined port to port by a QSFP cable at {Figures.Number(build.System.ClusterLinkGbps ?? 0, 0)} Gbit/s. ")
        + Invariant($"llama.cpp's RPC backend gives each unit part of the layers (pipeline), so the {Figures.MarketedGb(build.SystemRamGb)} of memory add up but a single stream reads them one unit after the other, at one unit's {Figures.Number(build.System.BandwidthGbs, 0)} GB/s; ")
        + Invariant($"each token crosses the link once (about {Figures.Fixed(ClusterLink.SyncMilliseconds, 2)} ms assumed). Tensor parallelism (vLLM TP=2) all-reduces twice per layer over the link instead, and halved a 27B model's single-stream speed in one measurement. Each unit needs its own outlet and the same software on both.");
}
