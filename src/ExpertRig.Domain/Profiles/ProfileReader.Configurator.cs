using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Profiles;

/// <summary>The configurator's profile keys: <c>run_together</c> and <c>min_quality</c>.</summary>
internal sealed partial class ProfileReader
{
    private bool ReadRunTogether(Dictionary<string, YamlNode> entries) =>
        Optional(entries, ProfileKeys.RunTogether) is { } together ? Flag(ProfileKeys.RunTogether, together) : ProfileDefaults.RunTogether;

    private string? ReadMinQuality(Dictionary<string, YamlNode> entries) =>
        Optional(entries, ProfileKeys.MinQuality) is { } floor ? Quant(ProfileKeys.MinQuality, floor) : null;
}
