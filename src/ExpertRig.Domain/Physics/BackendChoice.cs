using System.Runtime.CompilerServices;

namespace ExpertRig.Domain.Physics;

/// <summary>
/// Picks the backend of the devices that leave it open: a class runs on its default backend, except a class marked
/// <c>backend_choice: fastest</c> (AMD: ROCm and Vulkan), which runs on whichever finishes one turn of the workload sooner.
/// </summary>
internal static class BackendChoice
{
    /// <summary>Tokens one turn generates when backends are compared (llama-bench's tg512 run).</summary>
    public const int TurnGeneratedTokens = 512;

    /// <summary>
    /// The scenarios to compare: one per backend the devices' class has calibrated (only llama.cpp builds for a
    /// backend; Ollama, vLLM, ExLlamaV2 and MLX ship on the class's default one).
    /// </summary>
    public static IReadOnlyList<InferenceScenario> Candidates(InferenceScenario scenario, PhysicsConstants constants)
    {
        var devices = scenario.Devices;
        if (!AnyOpen(devices))
        {
            return [scenario];
        }

        var settled = Settled(devices, constants, scenario.Engine == InferenceEngine.LlamaCpp);
        var candidates = new InferenceScenario[settled.Length];
        for (var i = 0; i < settled.Length; i++)
        {
            candidates[i] = scenario with { Devices = settled[i] };
        }

        return candidates;
    }

    /// <summary>True when some device leaves its backend open (then <see cref="Candidates"/> settles it).</summary>
    public static bool AnyOpen(IReadOnlyList<DeviceSpec> devices)
    {
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i].Backend is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The devices of the one scenario <see cref="Candidates"/> returns when only one backend is compared: the devices
    /// themselves when none leaves its backend open, else the same list with its backends settled (shared, like
    /// Candidates' own). Null when several backends are compared, or when the constants lack a device's class (then
    /// Candidates reports it, after the scenario is validated). For callers that make many scenarios on the same
    /// devices (issue 11): a scenario made on these devices is the one Candidates would return, without its copy.
    /// </summary>
    public static IReadOnlyList<DeviceSpec>? SettledAlone(IReadOnlyList<DeviceSpec> devices, PhysicsConstants constants, InferenceEngine engine)
    {
        if (!AnyOpen(devices))
        {
            return devices;
        }

        for (var i = 0; i < devices.Count; i++)
        {
            if (!constants.DeviceClasses.ContainsKey(devices[i].Class))
            {
                return null;
            }
        }

        var settled = Settled(devices, constants, engine == InferenceEngine.LlamaCpp);
        return settled.Length == 1 ? settled[0] : null;
    }

    // Memo (issue 11, every estimate asks): the device lists with their backends settled, one per backend compared,
    // kept beside the device list they were made from. Key: the list by identity, the constants by identity and
    // whether the engine is llama.cpp (all else Candidates reads is the devices' own fields and the constants). Safe:
    // device specs and constants are immutable records and a device list is not changed once made (BuildHardware
    // makes one per build and shares it); the settled lists are only read; the table entry goes with the list.
    private static readonly ConditionalWeakTable<IReadOnlyList<DeviceSpec>, List<(PhysicsConstants Constants, bool LlamaCpp, IReadOnlyList<DeviceSpec>[] Lists)>> SettledLists = new();

    private static IReadOnlyList<DeviceSpec>[] Settled(IReadOnlyList<DeviceSpec> devices, PhysicsConstants constants, bool llamaCpp)
    {
        var known = SettledLists.GetValue(devices, _ => []);
        lock (known)
        {
            foreach (var entry in known)
            {
                if (ReferenceEquals(entry.Constants, constants) && entry.LlamaCpp == llamaCpp)
                {
                    return entry.Lists;
                }
            }

            var lists = Settle(devices, constants, llamaCpp);
            known.Add((constants, llamaCpp, lists));
            return lists;
        }
    }

    private static IReadOnlyList<DeviceSpec>[] Settle(IReadOnlyList<DeviceSpec> devices, PhysicsConstants constants, bool llamaCpp)
    {
        var primary = constants.For(devices[0].Class);
        IReadOnlyList<Backend> backends = primary.ChoosesFastestBackend && llamaCpp && devices.Select(d => d.Class).Distinct().Count() == 1
            ? constants.BackendsOf(devices[0].Class)
            : [constants.For(devices[0].Class).Backend];
        return [.. backends.Select(backend => (IReadOnlyList<DeviceSpec>)devices.Select(d => d with { Backend = d.Backend ?? (d.Class == devices[0].Class ? backend : constants.For(d.Class).Backend) }).ToList())];
    }

    /// <summary>
    /// Seconds of one turn: the tokens already in the cache read as a prompt, then <see cref="TurnGeneratedTokens"/>
    /// generated; a backend that cannot run the scenario never wins.
    /// </summary>
    public static double TurnSeconds(InferenceEstimate estimate) =>
        !estimate.Runs || estimate.DecodeTokensPerSecondPerUser <= 0 || estimate.PromptTokensPerSecond <= 0
            ? double.PositiveInfinity
            : (estimate.DecodePositionTokens / estimate.PromptTokensPerSecond) + (TurnGeneratedTokens / estimate.DecodeTokensPerSecondPerUser);
}
