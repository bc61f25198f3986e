namespace ExpertRig.Domain.Profiles;

/// <summary>
/// The value every optional profile key takes when the file leaves it out, kept in one place so the loader,
/// the writer, the wizard and docs/profile.md agree.
/// </summary>
public static class ProfileDefaults
{
    /// <summary>Context per request when a workload gives none; lowered to the model's maximum when that is smaller.</summary>
    public const int ContextTokens = 8192;

    /// <summary>One user: the person at the keyboard.</summary>
    public const int ConcurrentUsers = 1;

    /// <summary>No operating-system preference.</summary>
    public const OperatingSystemChoice Os = OperatingSystemChoice.Any;

    /// <summary>Local inference without an air gap.</summary>
    public const Privacy Privacy = Profiles.Privacy.Local;

    /// <summary>New hardware only, unless the user accepts used GPUs.</summary>
    public const bool AcceptUsed = false;

    /// <summary>The common North American 15 A / 120 V outlet.</summary>
    public const Circuit Circuit = Profiles.Circuit.Amps15Volts120;

    /// <summary>The electricity price the guide uses for its running-cost example (Power and Electrical Considerations).</summary>
    public const double ElectricityUsdPerKwh = 0.15;

    /// <summary>A working day of use.</summary>
    public const double HoursPerDay = 8;

    /// <summary>Inference only, no LoRA/QLoRA training.</summary>
    public const bool FineTuning = false;

    /// <summary>The machine does nothing but LLM inference.</summary>
    public const bool OtherGpuWorkloads = false;

    /// <summary>llama.cpp's default 16-bit KV cache.</summary>
    public const Physics.KvCacheType KvCache = Physics.KvCacheType.F16;

    /// <summary>ECC memory is not demanded.</summary>
    public const bool EccRequired = false;

    /// <summary>Every workload stays loaded at once, so the memory plan holds them all together.</summary>
    public const bool RunTogether = true;

    /// <summary>No stated priority: the ranking weighs the needs evenly.</summary>
    public static IReadOnlyList<Priority> Priorities { get; } = Array.Empty<Priority>();
}
