using System.Collections;

namespace ExpertRig.Domain.Physics;

/// <summary>
/// Assumption sentences written when someone first reads them rather than when the estimate is made (issue 11): a
/// consultation budgets the power of every build, and only the reports read the sentences. Reading gives the list the
/// eager estimate would have held, written once.
/// </summary>
internal sealed class AssumptionsWhenRead(Func<IReadOnlyList<Assumption>> write) : IReadOnlyList<Assumption>
{
    private IReadOnlyList<Assumption>? _written;

    public int Count => Written.Count;

    private IReadOnlyList<Assumption> Written => _written ??= write();

    public Assumption this[int index] => Written[index];

    public IEnumerator<Assumption> GetEnumerator() => Written.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
