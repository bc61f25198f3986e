namespace ExpertRig.Engine.Runtime;

/// <summary>
/// The sizes a session of one rule set reached, for the next session of the same set to make its containers with:
/// working memory, departed facts' causes and journal, each alpha memory's members and each of its indexes' keys, each rule's
/// activations. A session writes them whenever <see cref="ISession.Fire()"/> returns. They are capacities only: no
/// lookup, order or answer depends on them (a <c>Dictionary</c>'s or <c>List</c>'s contents and enumeration order do
/// not depend on the capacity it was made with), so a size from another consultation, or one written by a session on
/// another thread at the same time, costs at most some growth or some room unused, never a different result.
/// </summary>
internal sealed class SessionShape
{
    // Plain int fields and arrays: a racy write leaves one whole size or another, and any size is a correct capacity.
    private readonly int[] _members;
    private readonly int[][] _keys;
    private readonly int[] _activations;

    public SessionShape(IReadOnlyList<AlphaNode> nodes, int rules)
    {
        _members = new int[nodes.Count];
        _keys = [.. nodes.Select(n => new int[n.Indexes.Count])];
        _activations = new int[rules];
    }

    /// <summary>Facts in working memory.</summary>
    public int Facts { get; private set; }

    /// <summary>Entries of the table of departed facts' causes (one per fact that left working memory).</summary>
    public int Departed { get; private set; }

    public int Firings { get; private set; }

    public int Members(int node) => _members[node];

    public int Keys(int node, int index) => _keys[node][index];

    public int Activations(int rule) => _activations[rule];

    public void RecordSession(int facts, int departed, int firings)
    {
        Facts = facts;
        Departed = departed;
        Firings = firings;
    }

    public void RecordMemory(int node, int members, ReadOnlySpan<int> keys)
    {
        _members[node] = members;
        keys.CopyTo(_keys[node]);
    }

    public void RecordActivations(int rule, int count) => _activations[rule] = count;
}
