using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Compatibility;

[Name("Air-gapped setup")]
[Description("An air-gapped machine must be set up from media prepared elsewhere: drivers, inference engine and model files staged offline, and no cloud fallback.")]
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
        Then().Yield(ctx => new Finding(build, FindingKind.Note, ctx.Rule.Name, Text(build)));
    }

    private static string Text(Build build) =>
        $"Air-gapped: download the {(build.IsUnified ? "OS updates" : "GPU driver and CUDA/ROCm packages")}, the inference engine and every model file on another machine, verify their checksums, carry them over on the model drive, and disable any cloud fallback or telemetry in the serving software.";
}
