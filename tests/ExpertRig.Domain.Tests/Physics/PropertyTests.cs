using CsCheck;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

public sealed class PropertyTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Fact]
    public void LayerDistribution_PlacesEveryLayerThatFits_WithinEachCapacity()
    {
        Gen.Select(Gen.Int[1, 200], Gen.Int[1, 8].SelectMany(n => Gen.Int[0, 80].Array[n]))
            .Sample((layers, capacity) =>
            {
                var weights = capacity.Select(c => c + 0.5).ToList();
                var result = LayerDistribution.Distribute(layers, weights, capacity);
                return result.Zip(capacity).All(pair => pair.First >= 0 && pair.First <= pair.Second)
                    && result.Sum() == Math.Min(layers, capacity.Sum());
            });
    }

    [Fact]
    public void Decode_NeverBeatsTheCeiling_AndGrowsWithBandwidth()
    {
        Gen.Select(Gen.Double[100, 3000], Gen.Double[1.05, 3], Gen.Int[0, 8192])
            .Sample((bandwidth, ratio, position) =>
            {
                var slow = Estimate(bandwidth, position, 1);
                var fast = Estimate(bandwidth * ratio, position, 1);
                return slow.DecodeTokensPerSecondPerUser < slow.CeilingTokensPerSecond
                    && fast.DecodeTokensPerSecondPerUser > slow.DecodeTokensPerSecondPerUser;
            });
    }

    [Fact]
    public void ConcurrentUsers_RaiseAggregateAndLowerPerUserSpeed()
    {
        Gen.Select(Gen.Int[2, 32], Gen.Int[0, 4096])
            .Sample((users, position) =>
            {
                var one = Estimate(1008, position, 1);
                var many = Estimate(1008, position, users);
                return many.DecodeTokensPerSecondPerUser < one.DecodeTokensPerSecondPerUser
                    && many.DecodeTokensPerSecondAggregate > one.DecodeTokensPerSecondAggregate;
            });
    }

    [Fact]
    public void KvCache_GrowsWithContext_AndNeverExceedsTheAllFullLayerFigure()
    {
        ModelArchitecture[] models = [Examples.GptOss120B, Examples.Llama4Scout, Examples.Qwen3Next80B, Examples.Llama3_70B];
        Gen.Select(Gen.Int[0, models.Length - 1], Gen.Int[1, 500_000], Gen.Int[1, 500_000])
            .Sample((index, a, b) =>
            {
                var model = models[index];
                var (shorter, longer) = (Math.Min(a, b), Math.Max(a, b));
                var layout = MemoryEstimator.Layout(model, KvCacheType.F16, constants);
                var allFull = (layout.BytesPerTokenPerLayer * (layout.FullLayers + layout.SlidingLayers + layout.ChunkedLayers) * longer) + layout.LinearStateBytes;
                return layout.BytesPerSequence(shorter) <= layout.BytesPerSequence(longer)
                    && layout.BytesPerSequence(longer) <= allFull + 1e-6;
            });
    }

    [Fact]
    public void AutomaticExpertPlacement_DecodesAtLeastAsFastAsAnyFixedCountThatRuns()
    {
        Gen.Int[0, 36].Sample(n =>
        {
            var scenario = new InferenceScenario(Examples.GptOss120B, Examples.Mxfp4, [Examples.Rtx4090], ContextTokens: 16384, Host: Examples.Ddr5_6000_96Gb);
            var auto = InferenceEstimator.Estimate(scenario, constants, withAssumptions: false);
            var fixedN = InferenceEstimator.Estimate(scenario with { ExpertOffload = ExpertOffload.Fixed(n) }, constants, withAssumptions: false);
            return !fixedN.Runs || auto.DecodeTokensPerSecondPerUser >= fixedN.DecodeTokensPerSecondPerUser - 1e-9;
        });
    }

    private InferenceEstimate Estimate(double bandwidth, int position, int users)
    {
        var device = new DeviceSpec("card", DeviceClass.NvidiaGddr, 48, bandwidth, 300);
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, device, users: users, contextTokens: position + 1)
            with { DecodePositionTokens = position };
        return InferenceEstimator.Estimate(scenario, constants);
    }
}
