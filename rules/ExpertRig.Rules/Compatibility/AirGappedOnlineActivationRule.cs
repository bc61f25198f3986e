using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Compatibility;

[Name("air-gapped-but-activated-online")]
[Description("Some platforms must reach the vendor's servers during setup: Apple Silicon Macs to activate after setup or a wipe, Windows 11 to finish its setup with a Microsoft account.")]
[Tag("compatibility"), Tag("privacy"), Tag("os")]
[Priority(50)]
[Source("iphoneincanada.ca, 2020-12-06, 'Apple M1 and T2 Macs Requiring Internet to Activate' (setup after a wipe or restore needs Apple's servers); Windows Central, 'Windows 11 Pro will soon require a Microsoft Account' (Home and Pro need internet during setup, per the Windows Insider blog)")]
public sealed class AirGappedOnlineActivationRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.Privacy == Privacy.AirGapped)
            .Match(() => build, b => (b.System != null && b.System.Os == OperatingSystemKind.Macos)
                || (b.System == null && requirements.Profile.Os == OperatingSystemChoice.Windows));
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        build.IsUnified
            ? $"The {build.System!.Name} must reach Apple's activation servers when first set up and after every erase or macOS reinstall: do both before the machine joins the air-gapped network, and keep a networked Mac for restores."
            : "Windows 11 Home and Pro want an internet connection and a Microsoft account to finish setup: install and activate before air-gapping, or use an edition that sets up offline (Enterprise/LTSC), or Linux.";
}
