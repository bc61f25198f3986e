using CsCheck;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// Issue 11: most rungs of a quantization walk are only checked, so whether a placement runs and fits is worked out
/// without making the plan (<see cref="MemoryPlanner.Placement"/>). It answers what the whole plan answers, for dense
/// and mixture models, unified and discrete devices, every engine and offload mode, with and without system RAM; it
/// leaves the answer to the plan only where the MoE planner may place the experts.
/// </summary>
public sealed class PlacementWithoutPlanTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Fact]
    public void APlacement_RunsAndFitsAsTheWholePlan_AndLeavesOnlyExpertPlansToThePlanner()
    {
        var models = Gen.OneOf(
            Gen.Const(Examples.DeepSeekR1), Gen.Const(Examples.GptOss120B), Gen.Const(Examples.Qwen3_30B_A3B), Gen.Const(Examples.Mixtral8x7B),
            Gen.Const(Examples.Llama4Scout), Gen.Const(Examples.Llama3_8B), Gen.Const(Examples.Llama3_70B), Gen.Const(Examples.Qwen3Next80B));
        // A card too small for its own overhead, cards of every size, and the unified systems (one at a time).
        var tiny = new DeviceSpec("1 GB card", DeviceClass.NvidiaGddr, 1, 100, 10);
        var cards = Gen.OneOf(Gen.Const(tiny), Gen.Const(Examples.Rtx3090), Gen.Const(Examples.Rtx5090), Gen.Const(Examples.Rtx6000Ada)).Array[1, 4];
        var unified = Gen.OneOf(Gen.Const(Examples.M2Ultra), Gen.Const(Examples.DgxSpark)).Select(d => new[] { d });
        var devices = Gen.Frequency((3, cards), (1, unified));
        var formats = Gen.OneOf(Gen.Const(Examples.Q4KM), Gen.Const(Examples.Q8), Gen.Const(Examples.Mxfp4), Gen.Const(Examples.F16));
        var engines = Gen.OneOf(
            Gen.Const(InferenceEngine.LlamaCpp), Gen.Const(InferenceEngine.Ollama), Gen.Const(InferenceEngine.Vllm), Gen.Const(InferenceEngine.ExLlamaV2),
            Gen.Const(InferenceEngine.Mlx));
        var offloads = Gen.OneOf(Gen.Const(ExpertOffload.Auto), Gen.Const(ExpertOffload.None), Gen.Int[0, 20].Select(ExpertOffload.Fixed));
        // No host (nothing to offload to), a small one, and a large one.
        HostSpec?[] hostChoices = [null, new HostSpec(16, HostSpec.RamBandwidth(2, 4800), 3000), Examples.Ddr5DualChannel];
        var hosts = Gen.Int[0, hostChoices.Length - 1].Select(i => hostChoices[i]);
        // The answers seen: a placement's (runs, fits), or "left to the plan".
        var answers = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        Gen.Select(models, devices, formats, engines, offloads, Gen.Int[512, 131072], Gen.Int[1, 8], hosts).Sample(t =>
        {
            var (model, onDevices, format, engine, offload, context, users, host) = t;
            var scenario = new InferenceScenario(model, format, onDevices, engine, context, users, Host: host) { ExpertOffload = offload };
            if (!ValidScenario(scenario) || ExpertOffloadTooLarge(scenario))
            {
                return;
            }

            var plan = MemoryPlanner.Plan(scenario, constants);
            var placed = MemoryPlanner.Placement(scenario, constants);
            if (placed is { } verdict)
            {
                verdict.ShouldBe((plan.Runs, plan.Fits));
            }
            else
            {
                ExpertPlanner.Applies(scenario, ModelFootprint.Of(model, format, KvCacheType.F16, constants))
                    .ShouldBeTrue("only a placement the MoE planner may make is left to the plan");
            }

            answers.AddOrUpdate(placed?.ToString() ?? "plan", 1, (_, c) => c + 1);
        }, iter: 4000);

        answers.Keys.ShouldBe([(true, true).ToString(), (true, false).ToString(), (false, false).ToString(), "plan"], ignoreOrder: true, "every kind of answer is tried");
    }

    private static bool ValidScenario(InferenceScenario scenario)
    {
        try
        {
            scenario.Validate();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool ExpertOffloadTooLarge(InferenceScenario scenario) =>
        scenario.ExpertOffload.Mode == ExpertOffloadMode.Fixed && scenario.ExpertOffload.Layers > scenario.Model.Layers;
}
