using System.Collections;

namespace ExpertRig.Domain.Physics;

/// <summary>
/// The assumption texts of an estimate, written when someone reads them rather than when the estimate is made
/// (issue 11): a consultation estimates every workload on every build, and only the reports read the sentences. It
/// holds what <see cref="AssumptionWriter"/> needs (the scenario, its memory plan, the constants and the decode
/// position), and an optional last assumption (a power limit's), and writes the same list the eager estimate would.
/// </summary>
internal sealed class DeferredAssumptions(InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants, int position, Func<Assumption>? last = null)
    : IReadOnlyList<Assumption>
{
    private IReadOnlyList<Assumption>? _written;

    public int Count => Written.Count;

    private IReadOnlyList<Assumption> Written => _written ??= Write();

    public Assumption this[int index] => Written[index];

    /// <summary>The same texts followed by <paramref name="assumption"/>'s.</summary>
    public DeferredAssumptions Then(Func<Assumption> assumption) => new(scenario, plan, constants, position, assumption);

    public IEnumerator<Assumption> GetEnumerator() => Written.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyList<Assumption> Write()
    {
        var written = AssumptionWriter.Write(scenario, plan, constants, position);
        return last is null ? written : [.. written, last()];
    }
}
