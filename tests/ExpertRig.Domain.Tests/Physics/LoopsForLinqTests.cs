using CsCheck;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// Issue 11: the physics on every estimate's path runs loops where it ran LINQ, and writes the power budget's
/// assumptions when they are read. Each fast path answers exactly what its LINQ definition (kept here) answers,
/// bit for bit, ties and NaN included.
/// </summary>
public sealed class LoopsForLinqTests
{
    private static readonly Gen<double> Share = Gen.OneOf(Gen.Const(0.0), Gen.Const(1.5), Gen.Const(double.NaN), Gen.Double[0, 10]);

    [Fact]
    public void TheBound_IsTheFirstLargestShare_AsMaxByFindsIt()
    {
        Gen.Select(Share, Share, Share, Share, Share).Sample(t =>
        {
            var step = new DecodeTimeBreakdown(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5);
            var shares = new (PerformanceBound Bound, double Ms)[]
            {
                (PerformanceBound.MemoryBandwidth, step.AcceleratorStreamMs),
                (PerformanceBound.Offload, step.OffloadStreamMs),
                (PerformanceBound.Interconnect, step.InterconnectMs),
                (PerformanceBound.Compute, step.BatchComputeMs),
            };
            step.Bound.ShouldBe(shares.MaxBy(share => share.Ms).Bound);
        });
    }

    [Fact]
    public void TheLayerSplit_IsTheLinqDefinitions()
    {
        var devices = Gen.Select(Gen.Double[0, 5e10], Gen.Int[0, 130]).Array[1, 5];
        Gen.Select(Gen.Int[1, 130], devices).Sample(t =>
        {
            var (layers, split) = t;
            var weights = split.Select(d => d.Item1).ToArray();
            var capacity = split.Select(d => d.Item2).ToArray();
            LayerDistribution.Distribute(layers, weights, capacity).ShouldBe(ReferenceDistribute(layers, weights, capacity));
        });
    }

    [Theory]
    [InlineData("llama-3-70b", 2)]
    [InlineData("deepseek-r1", 1)]
    [InlineData("gpt-oss-120b", 1)]
    [InlineData("qwen3-next-80b", 3)]
    public void AnEstimatesBytesReadPerToken_IsTheMemoryEstimators(string model, int cards)
    {
        var constants = PhysicsFiles.LoadConstants();
        var architecture = model switch
        {
            "llama-3-70b" => Examples.Llama3_70B,
            "deepseek-r1" => Examples.DeepSeekR1,
            "gpt-oss-120b" => Examples.GptOss120B,
            _ => Examples.Qwen3Next80B,
        };
        var scenario = InferenceScenario.OnDevices(architecture, Examples.Q4KM, Examples.Rtx3090, cards, host: Examples.Ddr5DualChannel);

        var estimate = InferenceEstimator.Estimate(scenario, constants);

        estimate.BytesReadPerTokenGb.ShouldBe(MemoryEstimator.BytesReadPerTokenGb(
            architecture, Examples.Q4KM, KvCacheType.F16, estimate.DecodePositionTokens, constants));
    }

    [Fact]
    public void ThePowerBudgetsAssumptions_AreWrittenWhenRead_AsTheEagerList()
    {
        var power = PhysicsFiles.LoadConstants().Power;
        var estimate = PowerEstimator.Estimate([new("RTX 5090", 575, 575), new("CPU", 250, 250), new("rest", 100, 100)], power);

        estimate.Assumptions.Select(a => (a.Text, a.Source)).ShouldBe(
        [
            ($"The PSU carries the sum of peak draws at no more than {Figures.Percent(power.PsuMaxLoadFraction)} of its rating.", power.Source),
            ($"Two or more synchronised PSUs above {Figures.Watts(power.DualPsuAboveWatts)} sustained or {Figures.Watts(power.MaxSinglePsuWatts)} of required PSU capacity.", power.Source),
            ($"Wall draw = DC draw ÷ {Figures.Percent(power.PsuEfficiency)} PSU efficiency; continuous loads may use {Figures.Percent(power.ContinuousLoadFraction)} of a breaker's rating.", power.Source),
        ]);
        estimate.Assumptions.ShouldBeSameAs(estimate.Assumptions);
        estimate.Assumptions[1].ShouldBeSameAs(estimate.Assumptions[1], "written once");
    }

    [Fact]
    public void ThePsuUnit_IsTheFirstStandardSizeThatCarriesTheShare_OrTheLargest()
    {
        var power = PhysicsFiles.LoadConstants().Power;
        Gen.Select(Gen.Double[1, 4000], Gen.Int[1, 6]).Sample(t =>
        {
            var estimate = PowerEstimator.Estimate([new("GPU", t.Item1 / 2, t.Item1, t.Item2)], power);
            var share = estimate.RequiredPsuWatts / estimate.PsuCount;
            var expected = power.StandardPsuWatts.FirstOrDefault(size => size >= share);
            estimate.PsuUnitWatts.ShouldBe(expected == 0 ? power.StandardPsuWatts[^1] : expected);
        });
    }

    // LayerDistribution.Distribute as it was on 7ae0c8a (LINQ sums and projection), the specification of the loops.
    private static int[] ReferenceDistribute(int layers, IReadOnlyList<double> weights, IReadOnlyList<int> capacity)
    {
        var count = weights.Count;
        var result = new int[count];
        var total = weights.Sum();
        if (total <= 0)
        {
            return result;
        }

        var ideal = weights.Select(w => layers * w / total).ToArray();
        for (var i = 0; i < count; i++)
        {
            result[i] = Math.Min((int)Math.Floor(ideal[i]), capacity[i]);
        }

        var remaining = layers - result.Sum();
        while (remaining > 0)
        {
            var best = -1;
            for (var i = 0; i < count; i++)
            {
                if (result[i] < capacity[i] && (best < 0 || ideal[i] - result[i] > ideal[best] - result[best]))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            result[best]++;
            remaining--;
        }

        return result;
    }
}

/// <summary>
/// Issue 11: the MoE planner's bisection asks <see cref="ExpertPlanner.GpusHoldTheRest"/>, a pass without arrays or
/// device uses; it answers what the full placement (<see cref="ExpertPlanner.At"/>) answers for every N.
/// </summary>
public sealed class ExpertProbeTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Fact]
    public void TheProbe_AnswersAsTheFullPlacement_ForEveryExpertCountCardsAndContext()
    {
        var models = Gen.OneOf(Gen.Const(Examples.DeepSeekR1), Gen.Const(Examples.GptOss120B), Gen.Const(Examples.Qwen3_30B_A3B), Gen.Const(Examples.Mixtral8x7B), Gen.Const(Examples.Llama4Scout));
        // A card too small for its own overhead makes a placement whose layers all land but whose first card overflows.
        var tiny = new DeviceSpec("1 GB card", DeviceClass.NvidiaGddr, 1, 100, 10);
        var cards = Gen.OneOf(Gen.Const(tiny), Gen.Const(Examples.Rtx3090), Gen.Const(Examples.Rtx5090), Gen.Const(Examples.Rtx6000Ada)).Array[1, 4];
        var answers = new System.Collections.Concurrent.ConcurrentDictionary<(bool LayersPlaced, bool Holds), int>();
        var formats = Gen.OneOf(Gen.Const(Examples.Q4KM), Gen.Const(Examples.Q8), Gen.Const(Examples.Mxfp4));
        Gen.Select(models, cards, formats, Gen.Int[512, 131072], Gen.Int[1, 8], Gen.Int[0, 1000]).Sample(t =>
        {
            var (model, devices, format, context, users, n) = t;
            var scenario = new InferenceScenario(model, format, devices, ContextTokens: context, Users: users, Host: Examples.Ddr5DualChannel);
            var footprint = ModelFootprint.Of(model, format, KvCacheType.F16, constants);
            if (footprint.Experts is not { } experts)
            {
                return;
            }

            var computeBuffer = MemoryEstimator.ComputeBufferGb(model, constants) * PhysicsUnits.BytesPerGb;
            var kvPerLayer = footprint.KvBytesPerLayer(context) * users;
            var room = ExpertPlanner.Room.Of(scenario, constants, footprint, computeBuffer);
            var ramLayers = n % (experts.MoeLayers + 2);

            var full = ExpertPlanner.At(scenario, constants, footprint, kvPerLayer, computeBuffer, room, ramLayers);
            ExpertPlanner.GpusHoldTheRest(scenario, constants, footprint, kvPerLayer, computeBuffer, room, ramLayers).ShouldBe(full.GpusHoldTheRest);
            answers.AddOrUpdate((full.Plan!.DeviceLayers.Sum() == footprint.Layers, full.GpusHoldTheRest), 1, (_, c) => c + 1);
        }, iter: 3000);

        answers.Keys.ShouldBe([(true, true), (true, false), (false, false)], ignoreOrder: true, "every kind of answer is tried");
    }
}

/// <summary>
/// Issue 11: a fit check (<see cref="MemoryPlanner.Fits"/>) skips the MoE planner unless the expert offload is fixed;
/// it answers what the whole plan answers, for dense and mixture models, every offload mode and both parallelisms.
/// </summary>
public sealed class FitShortcutTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Fact]
    public void AFitCheck_AnswersAsTheWholePlan()
    {
        var models = Gen.OneOf(
            Gen.Const(Examples.DeepSeekR1), Gen.Const(Examples.GptOss120B), Gen.Const(Examples.Qwen3_30B_A3B), Gen.Const(Examples.Mixtral8x7B),
            Gen.Const(Examples.Llama4Scout), Gen.Const(Examples.Llama3_8B), Gen.Const(Examples.Llama3_70B), Gen.Const(Examples.Qwen3Next80B));
        var cards = Gen.OneOf(Gen.Const(Examples.Rtx3090), Gen.Const(Examples.Rtx5090), Gen.Const(Examples.Rtx6000Ada)).Array[1, 4];
        var formats = Gen.OneOf(Gen.Const(Examples.Q4KM), Gen.Const(Examples.Q8), Gen.Const(Examples.Mxfp4), Gen.Const(Examples.F16));
        var engines = Gen.OneOf(Gen.Const(InferenceEngine.LlamaCpp), Gen.Const(InferenceEngine.Ollama), Gen.Const(InferenceEngine.Vllm));
        var offloads = Gen.OneOf(Gen.Const(ExpertOffload.Auto), Gen.Const(ExpertOffload.None), Gen.Int[0, 20].Select(ExpertOffload.Fixed));
        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<bool, int>();
        Gen.Select(models, cards, formats, engines, offloads, Gen.Int[512, 65536], Gen.Int[1, 4]).Sample(t =>
        {
            var (model, devices, format, engine, offload, context, users) = t;
            var scenario = new InferenceScenario(model, format, devices, engine, context, users, Host: Examples.Ddr5DualChannel) { ExpertOffload = offload };
            var fits = MemoryPlanner.Plan(scenario, constants).Fits;
            MemoryPlanner.Fits(scenario, constants).ShouldBe(fits);
            verdicts.AddOrUpdate(fits, 1, (_, c) => c + 1);
        }, iter: 3000);

        verdicts.Keys.ShouldBe([true, false], ignoreOrder: true);
    }
}
