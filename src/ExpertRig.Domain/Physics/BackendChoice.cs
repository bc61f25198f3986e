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
        if (scenario.Devices.All(d => d.Backend is not null))
        {
            return [scenario];
        }

        var primary = constants.For(scenario.Devices[0].Class);
        IReadOnlyList<Backend> backends = primary.ChoosesFastestBackend && scenario.Engine == InferenceEngine.LlamaCpp && scenario.Devices.Select(d => d.Class).Distinct().Count() == 1
            ? constants.BackendsOf(scenario.Devices[0].Class)
            : [constants.For(scenario.Devices[0].Class).Backend];
        return backends
            .Select(backend => scenario with { Devices = scenario.Devices.Select(d => d with { Backend = d.Backend ?? (d.Class == scenario.Devices[0].Class ? backend : constants.For(d.Class).Backend) }).ToList() })
            .ToList();
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
