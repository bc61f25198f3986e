using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// Issue 11: every estimate asks <see cref="BackendChoice.Candidates"/> for the scenarios to compare; the device lists
/// with their backends settled are worked out once per device list, constants and engine kind and shared. What it
/// answers is what settling the devices afresh gives, for each engine and on every later call.
/// </summary>
public sealed class BackendChoiceMemoTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();
    private readonly MeasurementSet measurements = MeasurementSet.Load();

    [Theory]
    [InlineData("rx-7900-xt", 1, InferenceEngine.LlamaCpp)]
    [InlineData("rx-7900-xt", 2, InferenceEngine.LlamaCpp)]
    [InlineData("rx-7900-xt", 2, InferenceEngine.Ollama)]
    [InlineData(null, 4, InferenceEngine.LlamaCpp)]
    [InlineData(null, 2, InferenceEngine.Vllm)]
    public void TheCandidates_AreTheDevicesSettledAfresh_OnTheFirstCallAndEveryLaterOne(string? measured, int count, InferenceEngine engine)
    {
        var card = (measured is null ? Examples.Rtx4090 : measurements.Devices[measured]) with { Backend = null };
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, card, count, engine);
        var expected = Uncached(scenario);

        var first = BackendChoice.Candidates(scenario, constants);
        var again = BackendChoice.Candidates(scenario with { ContextTokens = 8192 }, constants);

        first.Select(c => c.Devices.ToList()).ShouldBe(expected.Select(c => c.Devices.ToList()));
        first.Select(c => c with { Devices = [] }).ShouldBe(expected.Select(c => c with { Devices = [] }));
        again.Select(c => c.Devices).ShouldBe(first.Select(c => c.Devices), "the same device list is settled once");
        again.ShouldAllBe(c => c.ContextTokens == 8192);
    }

    [Fact]
    public void TheSameDevices_WithAnotherEngineOrConstants_AreSettledForThatEngineAndThoseConstants()
    {
        var card = measurements.Devices["rx-7900-xt"] with { Backend = null };
        var llama = InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, card, 2);
        var ollama = llama with { Engine = InferenceEngine.Ollama };
        var otherConstants = PhysicsFiles.LoadConstants();

        BackendChoice.Candidates(llama, constants).Count.ShouldBe(Uncached(llama).Count);
        BackendChoice.Candidates(ollama, constants).Select(c => c.Devices.ToList()).ShouldBe(Uncached(ollama).Select(c => c.Devices.ToList()));
        BackendChoice.Candidates(llama, otherConstants).Select(c => c.Devices.ToList()).ShouldBe(Uncached(llama, otherConstants).Select(c => c.Devices.ToList()));
        BackendChoice.Candidates(ollama, constants).Count.ShouldBeLessThan(BackendChoice.Candidates(llama, constants).Count);
    }

    [Fact]
    public void DevicesWhoseBackendsAreSet_AreTheScenarioItself()
    {
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090 with { Backend = Backend.Cuda }, 2);

        BackendChoice.Candidates(scenario, constants).ShouldHaveSingleItem().ShouldBeSameAs(scenario);
    }

    // BackendChoice.Candidates as it was before the memo (b61a023), the specification the memo must keep.
    private List<InferenceScenario> Uncached(InferenceScenario scenario, PhysicsConstants? with = null)
    {
        var c = with ?? constants;
        if (scenario.Devices.All(d => d.Backend is not null))
        {
            return [scenario];
        }

        var primary = c.For(scenario.Devices[0].Class);
        IReadOnlyList<Backend> backends = primary.ChoosesFastestBackend && scenario.Engine == InferenceEngine.LlamaCpp && scenario.Devices.Select(d => d.Class).Distinct().Count() == 1
            ? c.BackendsOf(scenario.Devices[0].Class)
            : [c.For(scenario.Devices[0].Class).Backend];
        return backends
            .Select(backend => scenario with { Devices = scenario.Devices.Select(d => d with { Backend = d.Backend ?? (d.Class == scenario.Devices[0].Class ? backend : c.For(d.Class).Backend) }).ToList() })
            .ToList();
    }
}
