namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>
/// The names that tie a problem to the field it is shown beside; they are also the words the review and the
/// message line use ("Budget: must be more than 0").
/// </summary>
public static class AnswerFields
{
    /// <summary>The list of workloads as a whole (e.g. "add at least one").</summary>
    public const string Workloads = "Workloads";

    /// <summary>Concurrent users.</summary>
    public const string Users = "Concurrent users";

    /// <summary>The total budget.</summary>
    public const string Budget = "Budget";

    /// <summary>The electricity price.</summary>
    public const string Electricity = "Electricity price";

    /// <summary>Hours of use per day.</summary>
    public const string Hours = "Hours per day";

    /// <summary>The power limit on every GPU, in percent of rated board power.</summary>
    public const string PowerLimit = "GPU power limit";

    /// <summary>A workload's model (with <see cref="Workload"/>).</summary>
    public const string Model = "model";

    /// <summary>A workload's quantization (with <see cref="Workload"/>).</summary>
    public const string Quant = "quantization";

    /// <summary>A workload's context length (with <see cref="Workload"/>).</summary>
    public const string Context = "context";

    /// <summary>A workload's speed target (with <see cref="Workload"/>).</summary>
    public const string Speed = "speed";

    private const string WorkloadPrefix = "Workload ";

    /// <summary>The name of a field of workload <paramref name="index"/> (0-based), e.g. "Workload 2 context".</summary>
    public static string Workload(int index, string part) => $"{WorkloadPrefix}{index + 1} {part}";

    /// <summary>The 0-based workload a field belongs to, or null for a field outside the workloads.</summary>
    public static int? WorkloadIndex(string field) =>
        field.StartsWith(WorkloadPrefix, StringComparison.Ordinal) && field.Split(' ') is [_, var number, ..]
            && int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n - 1
            : null;

    /// <summary>True when <paramref name="field"/> belongs to the workloads step.</summary>
    public static bool IsWorkload(string field) => field == Workloads || WorkloadIndex(field) is not null;
}
