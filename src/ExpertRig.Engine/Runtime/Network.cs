using System.Collections.Concurrent;
using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>
/// The shape of the match network, built once per rule set and shared by its sessions: one alpha node per distinct
/// (fact type, alpha tests) pair, the hash indexes each node keeps (one per distinct fact-side key), and for every
/// node the rule elements that read it.
/// </summary>
internal sealed class Network
{
    private readonly ConcurrentDictionary<Type, AlphaNode[]> _nodesByRuntimeType = new();

    /// <summary>Per rule (by index): no other rule has its priority (such a rule may be matched lazily).</summary>
    public IReadOnlyList<bool> AloneAtPriority { get; }

    public Network(IReadOnlyList<CompiledRule> rules)
    {
        var nodes = new Dictionary<string, AlphaNode>(StringComparer.Ordinal);
        var elementNodes = new AlphaNode[rules.Count][];
        var elementIndexes = new int[rules.Count][];
        foreach (var rule in rules)
        {
            elementNodes[rule.Index] = new AlphaNode[rule.Elements.Count];
            elementIndexes[rule.Index] = new int[rule.Elements.Count];
            for (var i = 0; i < rule.Elements.Count; i++)
            {
                var element = rule.Elements[i];
                if (!nodes.TryGetValue(element.AlphaSignature, out var node))
                {
                    nodes[element.AlphaSignature] = node = new AlphaNode(nodes.Count, element.FactType, element.Tests, rule);
                }

                node.Uses.Add(new ElementUse(rule, i, element, -1));
                elementNodes[rule.Index][i] = node;
                elementIndexes[rule.Index][i] = element.Key is { } key ? node.IndexFor(key) : -1;
                node.Uses[^1] = node.Uses[^1] with { KeyIndex = elementIndexes[rule.Index][i] };
            }
        }

        Nodes = [.. nodes.Values.OrderBy(n => n.Id)];
        var atPriority = rules.GroupBy(r => r.Metadata.Priority).ToDictionary(g => g.Key, g => g.Count());
        AloneAtPriority = [.. rules.Select(r => atPriority[r.Metadata.Priority] == 1)];
        ElementNodes = elementNodes;
        JoinTests = [.. rules.Select(r => r.Elements.Select(e => (CompiledCondition[])[.. e.JoinTests]).ToArray())];
        CollectionConditions = [.. rules.Select(r => r.Elements.Select(e => (CompiledCondition[])[.. e.CollectionConditions]).ToArray())];
        Derivable = [.. rules.Select(r => Enumerable.Range(0, r.Elements.Count).Reverse()
            .Where(i => r.Elements[i] is { Kind: ElementKind.Match, Key.TupleSlot: >= 0 }).ToArray())];
        PartnerPatterns = [.. rules.Select(r => Enumerable.Range(0, r.Elements.Count)
            .Where(i => r.Elements[i].Kind is ElementKind.Match or ElementKind.Exists).ToArray())];
        ElementIndexes = elementIndexes;
        SlotIsCollection = [.. rules.Select(r => (IReadOnlyList<bool>)[.. r.Elements.Where(e => e.Slot >= 0).Select(e => e.Kind == ElementKind.Collect)])];
        PartnerUses = new int[Nodes.Count][];
        EmptyPatternsAtStart = new int[rules.Count];
        foreach (var node in Nodes)
        {
            PartnerUses[node.Id] = [.. node.Uses.Where(u => u.Rule.Elements[u.Element].Kind is ElementKind.Match or ElementKind.Exists).Select(u => u.Rule.Index)];
            foreach (var rule in PartnerUses[node.Id])
            {
                EmptyPatternsAtStart[rule]++;
            }
        }

        MatchEmptyMemory = [.. rules.Where(r => r.Elements.All(e => e.Kind != ElementKind.Match)).Select(r => r.Index)];
        Shape = new SessionShape(Nodes, rules.Count);
    }

    /// <summary>The sizes the last session of these rules reached, to make the next one's containers with.</summary>
    public SessionShape Shape { get; }

    /// <summary>Per node, the rules (once per pattern) that read it in a Match or Exists pattern.</summary>
    public int[][] PartnerUses { get; }

    /// <summary>Per rule, its Match and Exists patterns: all of them have an empty memory in a new session.</summary>
    public int[] EmptyPatternsAtStart { get; }

    /// <summary>The rules made only of Not/Collect patterns (in load order): they match an empty working memory.</summary>
    public int[] MatchEmptyMemory { get; }

    /// <summary>Per rule (by index), for each slot: whether it binds a collection (every firing's journal entry shares it).</summary>
    public IReadOnlyList<IReadOnlyList<bool>> SlotIsCollection { get; }

    public IReadOnlyList<AlphaNode> Nodes { get; }

    /// <summary>Each rule element's <see cref="CompiledElement.JoinTests"/>, as arrays (by rule index, then element index).</summary>
    public CompiledCondition[][][] JoinTests { get; }

    /// <summary>Each rule element's <see cref="CompiledElement.CollectionConditions"/>, as arrays.</summary>
    public CompiledCondition[][][] CollectionConditions { get; }

    /// <summary>Per rule, its Match patterns whose key names an earlier slot's fact (pins derive from them), last first.</summary>
    public int[][] Derivable { get; }

    /// <summary>Per rule, its Match and Exists patterns (those that need a partner), in order.</summary>
    public int[][] PartnerPatterns { get; }

    /// <summary>The alpha node of each rule's element, by rule index then element index.</summary>
    public AlphaNode[][] ElementNodes { get; }

    /// <summary>The index (of the element's node) its key looks up, or -1.</summary>
    public int[][] ElementIndexes { get; }

    /// <summary>The alpha nodes a fact of this runtime type enters.</summary>
    public AlphaNode[] NodesFor(Type runtimeType) =>
        // Looked up first: the lambda reads this network, so passing it makes a delegate on every call.
        _nodesByRuntimeType.TryGetValue(runtimeType, out var nodes)
            ? nodes
            : _nodesByRuntimeType.GetOrAdd(runtimeType, t => [.. Nodes.Where(n => n.FactType.IsAssignableFrom(t))]);
}

/// <summary>One alpha node: a fact type and the tests on the fact alone; <see cref="Owner"/> is named when a test throws.</summary>
internal sealed class AlphaNode(int id, Type factType, IReadOnlyList<CompiledCondition> tests, CompiledRule owner)
{
    public int Id { get; } = id;

    public Type FactType { get; } = factType;

    public CompiledCondition[] Tests { get; } = [.. tests];

    public CompiledRule Owner { get; } = owner;

    public List<ElementUse> Uses { get; } = [];

    /// <summary>The hash indexes of the node, one per distinct fact-side key, with the rule that first used it.</summary>
    public List<(JoinKey Key, CompiledRule Rule)> Indexes { get; } = [];

    public int IndexFor(JoinKey key)
    {
        var at = Indexes.FindIndex(k => k.Key.Signature == key.Signature);
        if (at < 0)
        {
            Indexes.Add((key, Uses[^1].Rule));
            at = Indexes.Count - 1;
        }

        return at;
    }
}

/// <summary>An element of a rule that reads an alpha node: the element itself, and the node's index its key looks up (or -1).</summary>
internal readonly record struct ElementUse(CompiledRule Rule, int Element, CompiledElement Pattern, int KeyIndex);
