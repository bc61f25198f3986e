using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;
using EngineKind = ExpertRig.Domain.Physics.InferenceEngine;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// The one engine a build runs, from the guide's software section: vLLM's batching serves 3+ concurrent users far
/// better (PagedAttention; "5 concurrent users: vLLM ~80 tok/s each vs llama.cpp ~60") but needs NVIDIA/CUDA and
/// cannot offload to system RAM; ExLlamaV2 is the fastest single-user engine on NVIDIA when speed comes first; Ollama
/// when simplicity does; llama.cpp otherwise, and everywhere else (ROCm, Metal, DGX Spark), because it runs and
/// offloads everywhere. When the preferred engine cannot run every workload as sized (a GGUF quantization the profile
/// asks for, or a model that needs CPU offload), llama.cpp serves them all, so the predictions, the software advice
/// and the launch lines name the same engine.
/// </summary>
public static class SoftwareSelection
{
    /// <summary>Users from which the guide recommends vLLM ("teams serving 5+ users"; its 4–6 user figures use vLLM).</summary>
    public const int VllmFromUsers = 3;

    /// <summary>The engine that serves every workload on the build, and the reason for it.</summary>
    public static SoftwareChoice For(Build build, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        var preferred = Preferred(build, requirements);
        var ordered = WorkloadNeed.ByIndex(needs);
        // Usually the preferred engine serves every workload: each is asked once, so nothing needs keeping.
        WorkloadNeed? blocked = null;
        foreach (var need in ordered)
        {
            if (!WorkloadPredictor.RunsWalked(build, need, preferred.Engine, requirements.Users, knowledge, requirements.KvCache))
            {
                blocked = need;
                break;
            }
        }

        return blocked is null ? preferred : Fallback(build, requirements, ordered, knowledge, preferred, blocked);
    }

    // The preferred engine cannot serve blocked (a method of its own: its closures are allocated only when it runs).
    private static SoftwareChoice Fallback(
        Build build, Requirements requirements, IReadOnlyList<WorkloadNeed> ordered, Knowledge knowledge, SoftwareChoice preferred, WorkloadNeed blocked)
    {
        // By identity: a need is one fact of this consultation, and hashing the record would hash every field of it.
        var served = new Dictionary<(EngineKind, WorkloadNeed), bool>(ServedKey.Comparer);
        bool Serves(EngineKind engine, WorkloadNeed need)
        {
            if (!served.TryGetValue((engine, need), out var serves))
            {
                // The preferred engine usually serves: its walk is made now and read by the prediction rule.
                serves = engine == preferred.Engine
                    ? WorkloadPredictor.RunsWalked(build, need, engine, requirements.Users, knowledge, requirements.KvCache)
                    : WorkloadPredictor.Runs(build, need, engine, requirements.Users, knowledge, requirements.KvCache);
                served[(engine, need)] = serves;
            }

            return serves;
        }

        // The first engine the platform runs that serves every workload; else the one that serves the most.
        // Loops, not LINQ (a delegate and closure per engine): most blocked builds stop at llama.cpp.
        var platform = Candidates(build);
        var candidates = new List<EngineKind>(platform.Count);
        for (var i = 0; i < platform.Count; i++)
        {
            if (platform[i] != preferred.Engine)
            {
                candidates.Add(platform[i]);
            }
        }

        // Only the first engine that serves them all is used, so the engines after it are not checked; each engine
        // is asked about the workloads in order up to the first it does not serve, as All asked.
        EngineKind? servesAll = null;
        foreach (var engine in candidates)
        {
            var all = true;
            for (var i = 0; i < ordered.Count && all; i++)
            {
                all = Serves(engine, ordered[i]);
            }

            if (all)
            {
                servesAll = engine;
                break;
            }
        }

        var would = preferred.Engine switch
        {
            EngineKind.Vllm => $"vLLM would serve the {requirements.Users} concurrent users with higher total throughput",
            EngineKind.ExLlamaV2 => "ExLlamaV2 would be the fastest single-user engine",
            EngineKind.Ollama => "Ollama would be the simplest to run",
            _ => $"{Name(preferred.Engine)} would be the usual choice here",
        };
        var why = blocked.Quant is { } quant && !CatalogDevices.Runs(quant, preferred.Engine)
            ? $"it cannot load {blocked.Model.Name} at {quant.Name}, the {FormatWord(quant.Format)} quantization the profile asks for{Instead(preferred.Engine, quant, knowledge)}"
            : $"{blocked.Model.Name} does not fit in accelerator memory and it cannot offload layers to system RAM";
        if (servesAll is not { } chosen)
        {
            // None serves them all, so the build is rejected; the engine that runs, then loads, the most workloads
            // (llama.cpp first on ties) makes the rejection say why each workload fails.
            bool Loads(EngineKind engine, WorkloadNeed need) => need.Quant is not { } q || CatalogDevices.Runs(q, engine);
            var most = candidates.Append(preferred.Engine)
                .OrderByDescending(e => ordered.Count(n => Serves(e, n)))
                .ThenByDescending(e => ordered.Count(n => Loads(e, n)))
                .First();
            return new SoftwareChoice(build, most, $"{Name(most)} runs this build, but no engine it could run serves every workload: {would}, but {why}");
        }

        var batching = chosen == EngineKind.LlamaCpp && requirements.Users > 1
            ? $"; llama-server batches the {requirements.Users} users with --parallel {requirements.Users}"
            : "";
        return new SoftwareChoice(build, chosen, $"{Name(chosen)} serves every workload: {would}, but {why}{batching}");
    }

    /// <summary>
    /// The engines the platform runs, in the order they are tried when the preferred one cannot serve every workload:
    /// llama.cpp everywhere; vLLM and ExLlamaV2 on NVIDIA cards (CUDA); MLX on Apple Silicon.
    /// </summary>
    public static IReadOnlyList<EngineKind> Candidates(Build build) =>
        build.System is { Software: SoftwareStack.Metal } ? [EngineKind.LlamaCpp, EngineKind.Mlx]
        : build.System is null && build.Gpu is { Software: SoftwareStack.Cuda } ? [EngineKind.LlamaCpp, EngineKind.Vllm, EngineKind.ExLlamaV2]
        : [EngineKind.LlamaCpp];

    /// <summary>The engine the guide prefers for the hardware, the users and the first priority, before the workloads are checked.</summary>
    public static SoftwareChoice Preferred(Build build, Requirements requirements)
    {
        if (build.System is { } system)
        {
            var platform = system.Software == SoftwareStack.Metal ? "Apple Silicon (Metal; MLX is an alternative)" : "DGX Spark (CUDA on Arm)";
            return new SoftwareChoice(build, EngineKind.LlamaCpp, $"llama.cpp runs on {platform} and uses the whole unified memory");
        }

        if (build.Gpu?.Software == SoftwareStack.Rocm)
        {
            return new SoftwareChoice(build, EngineKind.LlamaCpp, "llama.cpp with ROCm (or Vulkan) is the mature path on AMD GPUs");
        }

        if (requirements.Users >= VllmFromUsers)
        {
            return new SoftwareChoice(build, EngineKind.Vllm, UsersReason(VllmReasons, requirements.Users, static users => $"{users} concurrent users: vLLM's continuous batching and PagedAttention serve them with far higher total throughput"));
        }

        var first = requirements.Profile.Priorities.Count > 0 ? requirements.Profile.Priorities[0] : (Priority?)null;
        return first switch
        {
            Priority.Speed => new SoftwareChoice(build, EngineKind.ExLlamaV2, "speed comes first: ExLlamaV2's custom CUDA kernels are the fastest single-user engine on NVIDIA (EXL2 models)"),
            Priority.Simplicity => new SoftwareChoice(build, EngineKind.Ollama, "simplicity comes first: Ollama wraps llama.cpp with model management and a REST API at the same single-user speed"),
            _ => new SoftwareChoice(build, EngineKind.LlamaCpp, UsersReason(LlamaCppReasons, requirements.Users, static users => $"{users} user(s): llama.cpp has the lowest single-stream overhead and can offload to system RAM")),
        };
    }

    // The reasons that name only the number of users, written once per number (every build asks for its preferred
    // engine). Key: the users, the only thing each sentence reads; strings are immutable, so a kept one is the text.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> VllmReasons = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> LlamaCppReasons = new();

    private static string UsersReason(System.Collections.Concurrent.ConcurrentDictionary<int, string> reasons, int users, Func<int, string> write) =>
        reasons.TryGetValue(users, out var reason) ? reason : reasons.GetOrAdd(users, write);

    /// <summary>The engine as its project writes it: vLLM, ExLlamaV2, llama.cpp, Ollama, MLX.</summary>
    public static string Name(EngineKind engine) => engine switch
    {
        EngineKind.Vllm => "vLLM",
        EngineKind.ExLlamaV2 => "ExLlamaV2",
        EngineKind.Ollama => "Ollama",
        EngineKind.Mlx => "MLX",
        _ => "llama.cpp",
    };

    // What the profile could ask for instead so that the preferred engine serves it: the engine's quantization nearest
    // in size to the one asked for, or no quantization at all (ExpertRig then picks from the engine's own). NVFP4 is
    // not suggested: only Blackwell GPUs run it natively, and the suggestion does not know the build's GPU.
    private static string Instead(EngineKind engine, Quantization asked, Knowledge knowledge)
    {
        // Looked up before GetOrAdd, whose factory closes over the arguments (a closure and a delegate per call).
        var known = Suggestions.GetValue(knowledge.Catalog, _ => new());
        var key = (engine, asked.BitsPerWeight);
        return known.TryGetValue(key, out var suggestion) ? suggestion : known.GetOrAdd(key, _ => SuggestInstead(engine, asked.BitsPerWeight, knowledge.Catalog));
    }

    // Memo (issue 11: most blocked builds of a consultation ask the same question, and the sort over the catalog's
    // quantizations was about a sixth of the software rule's allocation): the suggestion per catalog, engine and asked
    // quantization's bits per weight. Key complete: SuggestInstead reads only the engine, those bits and the catalog's
    // quantizations (immutable records; a catalog is not changed once loaded, and a price file makes another catalog
    // object, as QuantLadder's ladders assume).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Catalog.Catalog,
        System.Collections.Concurrent.ConcurrentDictionary<(EngineKind, double), string>> Suggestions = [];

    private static string SuggestInstead(EngineKind engine, double askedBitsPerWeight, Catalog.Catalog catalog)
    {
        var nearest = catalog.Quantizations
            .Where(q => q.Format is not (QuantFormat.Fp16 or QuantFormat.Fp4) && CatalogDevices.Runs(q, engine))
            .OrderBy(q => Math.Abs(q.BitsPerWeight - askedBitsPerWeight)).ThenBy(q => q.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return nearest is null
            ? ""
            : $"; asking for {nearest.Id}, about the same size, or leaving the quantization open lets {Name(engine)} serve it";
    }

    // An engine and a workload need compared by the need's identity (the record's own equality hashes its model, quantization and workload).
    private sealed class ServedKey : IEqualityComparer<(EngineKind Engine, WorkloadNeed Need)>
    {
        public static readonly ServedKey Comparer = new();

        public bool Equals((EngineKind Engine, WorkloadNeed Need) x, (EngineKind Engine, WorkloadNeed Need) y) =>
            x.Engine == y.Engine && ReferenceEquals(x.Need, y.Need);

        public int GetHashCode((EngineKind Engine, WorkloadNeed Need) key) =>
            HashCode.Combine(key.Engine, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Need));
    }

    private static string FormatWord(QuantFormat format) => format switch
    {
        QuantFormat.Gguf => "GGUF",
        QuantFormat.Exl2 => "EXL2",
        QuantFormat.Fp8 => "FP8",
        QuantFormat.Fp16 => "16-bit",
        QuantFormat.Mlx => "MLX",
        QuantFormat.Int4 => "INT4",
        _ => format.ToString().ToUpperInvariant(),
    };
}
