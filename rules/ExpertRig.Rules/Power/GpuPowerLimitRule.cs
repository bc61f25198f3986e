using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Power;

[Name("gpus-run-at-the-power-limit")]
[Description("A build whose GPUs the user power-limits (gpu_power_limit_percent below 100) states what each card then draws, the speed it keeps, and the command that sets the limit; its PSU, circuit and speed figures already include the limit.")]
[Tag("power"), Tag("gpu")]
[Priority(50)]
[Source(PowerLimitSpeed.Source)]
public sealed class GpuPowerLimitRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.GpuCount > 0 && !b.PowerLimit.IsStock);
        Then().Yield(ctx => Note(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build) =>
        Finding.Written(build, FindingKind.Note, rule, build, static s => Text(s));

    private static string Text(Build build)
    {
        var gpu = build.Gpu!;
        var limit = build.PowerLimit;
        var watts = limit.BoardWatts(gpu.BoardPowerW);
        var command = gpu.Software == SoftwareStack.Rocm
            ? Invariant($"`sudo rocm-smi --setpoweroverdrive {Figures.Number(watts, 0)}`")
            : Invariant($"`sudo nvidia-smi -pl {Figures.Number(watts, 0)}`");
        var speed = Invariant($"keeps about {Figures.Percent(PowerLimitSpeed.DecodeFactor(limit))} of its decode speed and {Figures.Percent(PowerLimitSpeed.PromptFactor(limit))} of its prompt-processing speed");
        var draw = build.GpuCount == 1
            ? Invariant($"The {gpu.Name} is power-limited to {limit.Percent}% of its {Figures.Watts(gpu.BoardPowerW)} rating: it draws at most {Figures.Watts(watts)} and {speed}. ")
            : Invariant($"The {build.GpuCount} × {gpu.Name} are power-limited to {limit.Percent}% of their {Figures.Watts(gpu.BoardPowerW)} rating: at most {Figures.Watts(watts)} each, ")
              + Invariant($"{Figures.Watts(watts * build.GpuCount)} together instead of {Figures.Watts(gpu.BoardPowerW * build.GpuCount)}; each {speed}. ");
        return draw
            + "The PSU, circuit and speed figures of this build include the limit. "
            + Invariant($"Set the limit after every boot with {command} (the driver refuses a limit below the card's own minimum).");
    }
}
