using CsCheck;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Advisor.Tests;

/// <summary>The engine a build is said to run, the engine of every prediction on it and its launch line agree, and the launch line loads what was sized.</summary>
public sealed class SoftwareAgreement
{
    private static readonly Dictionary<string, InferenceEngine> LaunchRules = new(StringComparer.Ordinal)
    {
        ["llama-cpp-launch"] = InferenceEngine.LlamaCpp,
        ["vllm-launch"] = InferenceEngine.Vllm,
        ["ollama-launch"] = InferenceEngine.Ollama,
        ["exllamav2-launch"] = InferenceEngine.ExLlamaV2,
    };

    [Fact]
    public void TheReviewersProfile_RunsTheQ4KMGgufOnLlamaCpp_AndSaysWhy()
    {
        var consultation = Consult.Profile(Reviewers());

        foreach (var build in consultation.Ranked.Select(r => r.Build))
        {
            var software = consultation.SoftwareFor(build)!;
            software.Engine.ShouldBe(InferenceEngine.LlamaCpp, build.Archetype);
            software.Reason.ShouldContain("cannot load Llama 3 70B at Q4_K_M");
            consultation.PredictionsFor(build).ShouldAllBe(p => p.Engine == InferenceEngine.LlamaCpp);
            var launch = consultation.FindingsFor(build).Single(f => f.Rule == "llama-cpp-launch").Text;
            launch.ShouldContain("for Llama 3 70B at Q4_K_M run `llama-server -m llama-3-70b-Q4_K_M.gguf");
            launch.ShouldContain("--parallel 4");
            consultation.FindingsFor(build).ShouldNotContain(f => f.Text.Contains("vllm serve", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ManyUsersOnAModelVllmLoads_AreServedByVllm_AtTheSizedPrecision()
    {
        var profile = new Profile { Workloads = [new Workload("qwen-2.5-7b")], ConcurrentUsers = 4, BudgetUsd = 15_000, Os = OperatingSystemChoice.Linux };
        var consultation = Consult.Profile(profile);
        var build = consultation.Ranked.Select(r => r.Build).First(b => !b.Composed && consultation.SoftwareFor(b)!.Engine == InferenceEngine.Vllm);
        var prediction = consultation.PredictionsFor(build).Single();

        prediction.Engine.ShouldBe(InferenceEngine.Vllm);
        prediction.Quant.Id.ShouldBe("bf16");
        consultation.FindingsFor(build).Single(f => f.Rule == "vllm-launch").Text
            .ShouldContain("`vllm serve Qwen/Qwen2.5-7B-Instruct --dtype bfloat16 --tensor-parallel-size");
    }

    [Fact]
    public void EveryBuild_PredictsWithItsEngine_AndItsLaunchLineLoadsWhatWasSized() =>
        RecommendationInvariants.Profiles.Sample(profile =>
        {
            var consultation = Consult.Profile(profile);
            foreach (var build in consultation.Builds)
            {
                var software = consultation.SoftwareFor(build).ShouldNotBeNull(build.Archetype);
                var predictions = consultation.PredictionsFor(build);
                predictions.ShouldAllBe(p => p.Engine == software.Engine, build.Archetype);
                foreach (var launch in consultation.FindingsFor(build).Where(f => LaunchRules.ContainsKey(f.Rule)))
                {
                    LaunchRules[launch.Rule].ShouldBe(software.Engine, $"{build.Archetype}: {launch.Text}");
                    var sized = predictions.Where(p => launch.Text.Contains($"for {p.Need.Model.Name} at {p.Quant.Name} ", StringComparison.Ordinal)
                        || launch.Text.Contains($"load {p.Need.Model.Name} at {p.Quant.Name} ", StringComparison.Ordinal)).ToList();
                    sized.ShouldNotBeEmpty($"{build.Archetype}: the launch line names no predicted model and quantization: {launch.Text}");
                    sized.ShouldContain(p => Loads(launch.Text, p), $"{build.Archetype}: {launch.Text}");
                }
            }
        }, iter: 40, threads: 1);

    [Fact]
    public void TheAuditTrail_WritesTheProfilesWords_NotEnumNames()
    {
        var consultation = Consult.Profile(Reviewers());
        var view = View.RecommendationViewBuilder.From(consultation);
        var feasible = consultation.Session.Query<FeasibleBuild>().First();
        var why = Flatten(consultation.Session.Why(feasible)).Select(Engine.FactText.Of).ToList();
        string[] enumNames = ["Amps15Volts120", "Amps20Volts120", "Amps15Volts240", "Amps20Volts240", "Amps30Volts240", "AirGapped", "LlamaCpp", "Vllm", "MacOS"];

        foreach (var text in why.Concat(view.AuditTrail.SelectMany(a => a.Matched.Concat(a.Produced))))
        {
            foreach (var name in enumNames)
            {
                text.ShouldNotContain(name, Case.Sensitive);
            }
        }

        why.ShouldContain(t => t.Contains("os linux", StringComparison.Ordinal) && t.Contains("circuit 20a-120v", StringComparison.Ordinal));
        view.AuditTrail.SelectMany(a => a.Produced).ShouldContain(t => t.StartsWith("Software for ", StringComparison.Ordinal) && t.EndsWith(": llama.cpp", StringComparison.Ordinal));
    }

    private static Profile Reviewers() => new()
    {
        Workloads = [new Workload("llama-3-70b", "Q4_K_M", MinTokensPerSecond: 10), new Workload("qwen-2.5-7b")],
        ConcurrentUsers = 4,
        BudgetUsd = 15_000,
        Os = OperatingSystemChoice.Linux,
        Circuit = Circuit.Amps20Volts120,
    };

    // The launch line points at the sized weights: the GGUF file of that quantization, the EXL2 directory of that
    // bitrate, the 16-bit checkpoint at the matching dtype, or a placeholder naming the pre-quantized checkpoint.
    private static bool Loads(string text, WorkloadPrediction p) => p.Engine switch
    {
        InferenceEngine.LlamaCpp or InferenceEngine.Ollama => text.Contains($"{p.Need.Model.Id}-{p.Quant.Name}.gguf", StringComparison.Ordinal),
        InferenceEngine.ExLlamaV2 => p.Quant.Format == QuantFormat.Exl2 && text.Contains($"-m {p.Need.Model.Id}-exl2-", StringComparison.Ordinal),
        InferenceEngine.Vllm => p.Quant.Id switch
        {
            "bf16" => text.Contains($"vllm serve {p.Need.Model.HfRepo} --dtype bfloat16 ", StringComparison.Ordinal),
            "f16" => text.Contains($"vllm serve {p.Need.Model.HfRepo} --dtype float16 ", StringComparison.Ordinal),
            "fp8" => text.Contains($"vllm serve {p.Need.Model.HfRepo} --quantization fp8 ", StringComparison.Ordinal),
            _ => text.Contains($"vllm serve <", StringComparison.Ordinal) && text.Contains($"checkpoint of {p.Need.Model.HfRepo}>", StringComparison.Ordinal),
        },
        _ => false,
    };

    private static IEnumerable<object> Flatten(Engine.Audit.Derivation derivation) =>
        [derivation.Fact, .. derivation.Premises.SelectMany(Flatten)];
}
