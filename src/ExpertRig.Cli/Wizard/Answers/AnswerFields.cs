using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>The keys that tie a problem to the field it is shown beside: the profile file's own key names.</summary>
public static class AnswerFields
{
    /// <summary>The list of workloads as a whole (e.g. "add at least one").</summary>
    public const string Workloads = ProfileKeys.Workloads;

    /// <summary>The key of a field of workload <paramref name="index"/> (0-based).</summary>
    public static string Workload(int index, string key) => $"{ProfileKeys.Workloads}/{index}/{key}";

    /// <summary>True when <paramref name="field"/> belongs to the workloads step.</summary>
    public static bool IsWorkload(string field) => field == Workloads || field.StartsWith(ProfileKeys.Workloads + "/", StringComparison.Ordinal);
}
