using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Compatibility;

[Name("air-gapped-setup")]
[Description("An air-gapped machine has no cloud fallback and gets drivers, inference engine and models only from media prepared elsewhere.")]
[Tag("compatibility"), Tag("privacy")]
[Priority(50)]
[Source("guide § 'The Compliance Team Air-Gapped Dual RTX 5090 Setup' (\"zero internet connectivity\", \"100% data locality\")")]
public sealed class AirGappedOfflineSetupRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.Privacy == Privacy.AirGapped)
            .Match(() => build);
        Then().Yield(ctx => Note(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build) =>
        Finding.Written(build, FindingKind.Note, rule, build, static b => Text(b));

    private static string Text(Build build) =>
        $"Air-gapped: there is no cloud fallback, so every workload must run on this machine, and {Stack(build)}, inference-engine and model updates arrive only on carried media: pin the versions that work and keep their installers next to the models.";

    private static string Stack(Build build) =>
        build.System is { } system ? (system.Os == OperatingSystemKind.Macos ? "macOS" : "DGX OS")
        : build.Gpu?.Software == SoftwareStack.Rocm ? "GPU driver, ROCm"
        : "GPU driver, CUDA";
}
