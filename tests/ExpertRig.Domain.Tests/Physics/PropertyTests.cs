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

    private InferenceEstimate Estimate(double bandwidth, int position, int users)
    {
        var device = new DeviceSpec("card", DeviceClass.NvidiaGddr, 48, bandwidth, 300);
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, device, users: users, contextTokens: position + 1)
            with { DecodePositionTokens = position };
        return InferenceEstimator.Estimate(scenario, constants);
    }
}
