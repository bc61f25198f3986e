using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Commands;

/// <summary>Loads the profile a command was given, with the catalog's vocabulary.</summary>
internal static class ProfileInput
{
    public static Profile Load(string path) => Advisor.Advisor.Default.ProfileLoader.Load(path);
}
