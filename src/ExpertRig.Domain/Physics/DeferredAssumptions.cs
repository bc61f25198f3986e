using System.Collections;

namespace ExpertRig.Domain.Physics;

/// <summary>
/// The assumption texts of an estimate, written when someone reads them rather than when the estimate is made
/// (issue 11): a consultation estimates every workload on every build, and only the reports read the sentences. It
/// holds the scenario the estimate used (its backend settled) and the constants, and an optional last assumption (a
/// power limit's); when read, it plans the memory again (a pure function of the two) and writes the same list the
/// eager estimate would. It keeps no memory plan, so the plans of the many estimates nobody explains stay garbage.
/// </summary>
internal sealed class DeferredAssumptions(InferenceScenario scenario, PhysicsConstants constants, Func<Assumption>? last = null)
    : IReadOnlyList<Assumption>
{
    private IReadOnlyList<Assumption>? _written;

    public int Count => Written.Count;

    private IReadOnlyList<Assumption> Written => _written ??= Write();

    public Assumption this[int index] => Written[index];

    /// <summary>The same texts followed by <paramref name="assumption"/>'s.</summary>
    public DeferredAssumptions Then(Func<Assumption> assumption) => new(scenario, constants, assumption);

    public IEnumerator<Assumption> GetEnumerator() => Written.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyList<Assumption> Write()
    {
        var written = AssumptionWriter.Write(scenario, MemoryPlanner.Plan(scenario, constants), constants, scenario.EffectiveDecodePosition);
        return last is null ? written : [.. written, last()];
    }
}
