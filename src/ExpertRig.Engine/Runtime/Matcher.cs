using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>
/// Incremental matching: every change runs a fact through the alpha nodes of its type once (each node shared by
/// every rule with the same pattern), keeps the nodes' memories and hash indexes up to date, and names the
/// <see cref="Region"/>s it touched. A region is re-matched with its fact pinned, joining through the hash indexes,
/// so the work of a change is proportional to the tuples it can affect, not to working memory. Matches come out in
/// fact insertion order, slot by slot, so identical input always gives identical activations.
/// </summary>
internal sealed class Matcher(Network network, WorkingMemory memory)
{
    // Each node's memory, made when a fact first enters it (many nodes see no fact in a session); until then reads
    // see AlphaMemory.Empty, which no write reaches (every write goes through Writable).
    private readonly AlphaMemory?[] _alpha = new AlphaMemory?[network.Nodes.Count];

    // The most indexes any node keeps (for a span of zero key counts).
    private readonly int _mostIndexes = network.Nodes.Count == 0 ? 0 : network.Nodes.Max(n => n.Indexes.Count);

    // A Collect with neither key nor join tests gathers every member of its alpha memory: the same collection for
    // every tuple, kept until the memory changes (by rule, then element).
    private readonly SharedCollection?[][] _collections = [.. network.ElementNodes.Select(e => new SharedCollection?[e.Length])];

    // Match buffers by slot count, reused by every rule with that many slots: matching is never re-entered (a change
    // made while re-matching waits in the queue), and nothing a match returns refers to them (Snapshot copies).
    private readonly Dictionary<int, MatchState> _states = [];

    // Per node, the rules (once per pattern) that read it in a Match or Exists pattern; per rule, how many of those
    // patterns have an empty alpha memory. While a rule has one, it has no match at all: Match and LacksPartner answer
    // at once. Kept on every change of a memory between empty and not (every memory starts empty).
    private readonly int[][] _partnerUses = network.PartnerUses;
    private readonly int[] _emptyPatterns = (int[])network.EmptyPatternsAtStart.Clone();

    /// <summary>Writes every alpha memory's sizes into the network's <see cref="SessionShape"/>.</summary>
    public void RecordShape()
    {
        Span<int> none = stackalloc int[_mostIndexes];
        for (var node = 0; node < _alpha.Length; node++)
        {
            if (_alpha[node] is { } alpha)
            {
                alpha.RecordShape(network.Shape);
            }
            else
            {
                // Never entered: no members, no keys (what a memory made and left empty would write).
                network.Shape.RecordMemory(node, 0, none[..network.Nodes[node].Indexes.Count]);
            }
        }
    }

    // A node's memory to read: Empty until a fact has entered it. (Removing from Empty, or replacing a non-member's
    // keys by None, changes nothing: neither writes.)
    private AlphaMemory Read(int node) => _alpha[node] ?? AlphaMemory.Empty;

    // A node's memory to add to, made on first use with the sizes the last session reached.
    private AlphaMemory Writable(AlphaNode node) => _alpha[node.Id] ??= new AlphaMemory(node, network.Shape);

    /// <summary>Per rule, the Match and Exists patterns whose alpha memory is empty, as kept on every change.</summary>
    internal IReadOnlyList<int> EmptyPatterns => _emptyPatterns;

    /// <summary>The same counts worked out from the alpha memories as they are now (for tests).</summary>
    internal int[] RecountEmptyPatterns()
    {
        var counts = new int[network.ElementNodes.Length];
        for (var node = 0; node < _partnerUses.Length; node++)
        {
            if (Read(node).Facts.Count == 0)
            {
                foreach (var rule in _partnerUses[node])
                {
                    counts[rule]++;
                }
            }
        }

        return counts;
    }

    // A memory went from empty to not (+1: filled) or back (-1: emptied); its readers' counts follow.
    private void MemoryFilled(AlphaNode node, int before, int after)
    {
        var change = before == 0 ? (after == 0 ? 0 : -1) : (after == 0 ? 1 : 0);
        if (change != 0)
        {
            foreach (var rule in _partnerUses[node.Id])
            {
                _emptyPatterns[rule] += change;
            }
        }
    }

    /// <summary>Runs a new fact through its alpha nodes: it joins each node whose tests it passes (it is in none yet).</summary>
    public void Assert(FactHandle handle, List<Region> regions)
    {
        foreach (var node in network.NodesFor(handle.Fact.GetType()))
        {
            if (KeysIfPasses(node, handle) is { IsMember: true } keys)
            {
                var alpha = Writable(node);
                alpha.Add(handle, keys);
                if (alpha.Facts.Count == 1)
                {
                    MemoryFilled(node, 0, 1);
                }

                Touched(node, handle, MemberKeys.None, keys, regions);
            }
        }
    }

    public void Retract(FactHandle handle, List<Region> regions)
    {
        foreach (var node in network.NodesFor(handle.Fact.GetType()))
        {
            if (Remove(node, handle) is { IsMember: true } keys)
            {
                Touched(node, handle, keys, MemberKeys.None, regions);
            }
        }
    }

    /// <summary>Re-runs an updated (or replaced, <paramref name="previousType"/>) fact through its alpha nodes.</summary>
    public void Modify(FactHandle handle, Type previousType, List<Region> regions)
    {
        var type = handle.Fact.GetType();
        var nodes = network.NodesFor(type);
        if (previousType != type)
        {
            foreach (var node in network.NodesFor(previousType).Except(nodes))
            {
                if (Remove(node, handle) is { IsMember: true } keys)
                {
                    Touched(node, handle, keys, MemberKeys.None, regions);
                }
            }
        }

        foreach (var node in nodes)
        {
            var after = KeysIfPasses(node, handle);
            var alpha = after.IsMember ? Writable(node) : Read(node.Id);
            var count = alpha.Facts.Count;
            var before = alpha.Replace(handle, after);
            MemoryFilled(node, count, alpha.Facts.Count);

            if (before.IsMember || after.IsMember)
            {
                Touched(node, handle, before, after, regions);
            }
        }
    }

    private MemberKeys Remove(AlphaNode node, FactHandle handle)
    {
        var alpha = Read(node.Id);
        var keys = alpha.Remove(handle);
        if (keys.IsMember && alpha.Facts.Count == 0)
        {
            MemoryFilled(node, 1, 0);
        }

        return keys;
    }

    // The fact's key under each of the node's indexes when it passes the node's tests, else None (the single key of
    // the common node with one index is held as it is: no array).
    private static MemberKeys KeysIfPasses(AlphaNode node, FactHandle handle)
    {
        if (!Conditions.Passes(node.Owner, node.Tests, handle.Fact, []))
        {
            return MemberKeys.None;
        }

        var indexes = node.Indexes;
        switch (indexes.Count)
        {
            case 0:
                return MemberKeys.Unindexed;
            case 1:
                return MemberKeys.One(Conditions.Key(indexes[0].Rule, indexes[0].Key, handle.Fact));
            default:
                var keys = new object[indexes.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = Conditions.Key(indexes[i].Rule, indexes[i].Key, handle.Fact);
                }

                return MemberKeys.Many(keys);
        }
    }

    /// <summary>
    /// Every match of the rule, or those that bind <paramref name="pin"/> in <paramref name="slot"/>; a match that an
    /// activation in <paramref name="known"/> holds with the same versions comes back <see cref="RuleMatch.Unchanged"/>.
    /// They are written into <paramref name="results"/> (cleared first), which the caller reuses.
    /// </summary>
    public List<RuleMatch> Match(CompiledRule rule, int slot, FactHandle? pin, Dictionary<TupleKey, Activation> known, List<RuleMatch> results)
    {
        results.Clear();
        if (_emptyPatterns[rule.Index] > 0)
        {
            return results;
        }

        var state = State(rule);
        if (slot >= 0)
        {
            state.Pins[slot] = pin;
            if (!DerivePins(rule, state.Pins))
            {
                return results;
            }
        }

        state.Known = known;
        state.Results = results;
        Extend(state, 0);
        state.Results = null;
        state.Known = null;
        return results;
    }

    /// <summary>
    /// True when the rule has no match that binds <paramref name="pin"/> in <paramref name="slot"/> (slot -1: no match
    /// at all) because a <c>Match</c> or <c>Exists</c> pattern has nothing to join: its alpha memory is empty, or so
    /// is its bucket for the pinned fact its key names, or a pinned fact has left its pattern. Only an insertion or an
    /// update can change that answer (a retraction never adds a partner), and each makes regions of its own.
    /// </summary>
    public bool LacksPartner(CompiledRule rule, int slot, FactHandle? pin)
    {
        if (_emptyPatterns[rule.Index] > 0)
        {
            return true;
        }

        if (slot < 0)
        {
            // Nothing pinned: only an empty memory could say no, and none is.
            return false;
        }

        var pins = State(rule).Pins;
        pins[slot] = pin;
        if (!DerivePins(rule, pins))
        {
            return true;
        }

        var nodes = network.ElementNodes[rule.Index];
        foreach (var i in network.PartnerPatterns[rule.Index])
        {
            var element = rule.Elements[i];
            var alpha = Read(nodes[i].Id);
            if (element.Kind == ElementKind.Match && pins[element.Slot] is { } pinned)
            {
                if (!alpha.Contains(pinned))
                {
                    return true;
                }
            }
            else if (element.Key is { TupleSlot: >= 0 } key && pins[key.TupleSlot] is { } named)
            {
                if (alpha.Bucket(network.ElementIndexes[rule.Index][i], JoinKey.Box(named.Fact)).Count == 0)
                {
                    return true;
                }
            }
        }

        // (No Match or Exists memory is empty here: the count above said so.)
        return false;
    }

    // The buffers for the rule's slot count, cleared and taken for this rule.
    private MatchState State(CompiledRule rule)
    {
        if (!_states.TryGetValue(rule.SlotCount, out var state))
        {
            _states[rule.SlotCount] = state = new MatchState(rule.SlotCount);
        }

        state.Begin(rule);
        return state;
    }

    // A pinned fact whose key names an earlier fact by identity (ReferenceEquals(p.Build, build)) pins that fact too.
    private bool DerivePins(CompiledRule rule, FactHandle?[] pins)
    {
        // Only the Match patterns keyed by an earlier slot's fact, last first (Network.Derivable).
        foreach (var i in network.Derivable[rule.Index])
        {
            var element = rule.Elements[i];
            if (pins[element.Slot] is not { } handle)
            {
                continue;
            }

            var key = element.Key!;
            var alpha = Read(network.ElementNodes[rule.Index][i].Id);
            if (alpha.KeyOrNull(handle, network.ElementIndexes[rule.Index][i]) is not { } named)
            {
                return false;
            }

            if (pins[key.TupleSlot] is { } pinned)
            {
                // Already pinned: the key must name that very fact, still in working memory (what Find would say).
                if (pinned.IsRetracted || !ReferenceEquals(pinned.Fact, named))
                {
                    return false;
                }

                continue;
            }

            if (memory.Find(named) is not { } target)
            {
                return false;
            }

            pins[key.TupleSlot] = target;
        }

        return true;
    }

    private void Touched(AlphaNode node, FactHandle handle, MemberKeys before, MemberKeys after, List<Region> regions)
    {
        foreach (var use in node.Uses)
        {
            var element = use.Pattern;
            if (element.Kind == ElementKind.Match)
            {
                regions.Add(new Region(use.Rule.Index, element.Slot, handle));
                continue;
            }

            if (element.Key is not { TupleSlot: >= 0 } key)
            {
                regions.Add(new Region(use.Rule.Index, -1, null));
                continue;
            }

            var index = use.KeyIndex;
            AddNamed(regions, use.Rule, key.TupleSlot, before.IsMember ? before[index] : null);
            if (after.IsMember && (!before.IsMember || !ReferenceEquals(before[index], after[index])))
            {
                AddNamed(regions, use.Rule, key.TupleSlot, after[index]);
            }
        }
    }

    private void AddNamed(List<Region> regions, CompiledRule rule, int slot, object? key)
    {
        if (key is not null && memory.Find(key) is { } named)
        {
            regions.Add(new Region(rule.Index, slot, named));
        }
    }

    private IReadOnlyList<FactHandle> Candidates(MatchState state, int index, out int keyIndex, out object? key)
    {
        var element = state.Rule.Elements[index];
        var alpha = Read(network.ElementNodes[state.Rule.Index][index].Id);
        keyIndex = network.ElementIndexes[state.Rule.Index][index];
        key = null;
        if (element.Key is { } join)
        {
            key = Conditions.TupleKey(state.Rule, join, state.Tuple);
            if (element.Kind == ElementKind.Match && state.Pins[element.Slot] is { } pinned)
            {
                return alpha.KeyOrNull(pinned, keyIndex) is { } pinnedKey && join.Comparer.Equals(pinnedKey, key) ? state.Only(index, pinned) : [];
            }

            return alpha.Bucket(keyIndex, key);
        }

        if (element.Kind == ElementKind.Match && state.Pins[element.Slot] is { } only)
        {
            return alpha.Contains(only) ? state.Only(index, only) : [];
        }

        return alpha.Facts;
    }

    private void Extend(MatchState state, int index)
    {
        var rule = state.Rule;
        if (index == rule.Elements.Count)
        {
            state.Results!.Add(Snapshot(state));
            return;
        }

        var element = rule.Elements[index];
        var candidates = Candidates(state, index, out _, out _);
        var tuple = state.Tuple;
        var joinTests = network.JoinTests[rule.Index][index];
        switch (element.Kind)
        {
            case ElementKind.Match:
                for (var c = 0; c < candidates.Count; c++)
                {
                    var handle = candidates[c];
                    if (Conditions.Passes(rule, joinTests, handle.Fact, tuple))
                    {
                        tuple[element.Slot] = handle.Fact;
                        state.Handles[element.Slot] = handle;
                        Extend(state, index + 1);
                    }
                }

                tuple[element.Slot] = null;
                state.Handles[element.Slot] = null;
                break;
            case ElementKind.Exists:
                if (Any(rule, joinTests, candidates, tuple))
                {
                    Extend(state, index + 1);
                }

                break;
            case ElementKind.Not:
                if (!Any(rule, joinTests, candidates, tuple))
                {
                    Extend(state, index + 1);
                }

                break;
            case ElementKind.Collect when element.Key is null && element.JoinTests.Count == 0:
                var shared = Shared(rule, index);
                if (Conditions.Passes(rule, network.CollectionConditions[rule.Index][index], shared.List, tuple))
                {
                    tuple[element.Slot] = shared.List;
                    state.Members[element.Slot] = shared.Members;
                    state.Segments[element.Slot] = shared.Signature;
                    Extend(state, index + 1);
                }

                tuple[element.Slot] = null;
                state.Members[element.Slot] = null;
                state.Segments[element.Slot] = null;
                break;
            case ElementKind.Collect:
                var list = element.NewCollection();
                var members = state.CollectedMembers(element.Slot);
                for (var c = 0; c < candidates.Count; c++)
                {
                    var handle = candidates[c];
                    if (Conditions.Passes(rule, joinTests, handle.Fact, tuple))
                    {
                        list.Add(handle.Fact);
                        members.Add(handle);
                    }
                }

                if (Conditions.Passes(rule, network.CollectionConditions[rule.Index][index], list, tuple))
                {
                    tuple[element.Slot] = list;
                    state.Members[element.Slot] = members;
                    Extend(state, index + 1);
                }

                tuple[element.Slot] = null;
                state.Members[element.Slot] = null;
                break;
        }
    }

    private SharedCollection Shared(CompiledRule rule, int index)
    {
        var alpha = Read(network.ElementNodes[rule.Index][index].Id);
        if (_collections[rule.Index][index] is { } cached && cached.Version == alpha.Version)
        {
            return cached;
        }

        var list = rule.Elements[index].NewCollection();
        var facts = alpha.Facts;
        for (var c = 0; c < facts.Count; c++)
        {
            list.Add(facts[c].Fact);
        }

        var collection = new SharedCollection(alpha.Version, list, [.. alpha.Facts]);
        _collections[rule.Index][index] = collection;
        return collection;
    }

    private static bool Any(CompiledRule rule, CompiledCondition[] joinTests, IReadOnlyList<FactHandle> candidates, object?[] tuple)
    {
        if (joinTests.Length == 0)
        {
            return candidates.Count > 0;
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            if (Conditions.Passes(rule, joinTests, candidates[c].Fact, tuple))
            {
                return true;
            }
        }

        return false;
    }

    // A signature is never written once made, so all the all-zero ones of a length (facts never updated, empty
    // collections: most of them) are one array, by length.
    private long[]?[] _zeroSignatures = [];

    private long[] Frozen(List<long> signature)
    {
        var versions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(signature);
        if (versions.IndexOfAnyExcept(0L) >= 0)
        {
            return versions.ToArray();
        }

        if (_zeroSignatures.Length <= versions.Length)
        {
            Array.Resize(ref _zeroSignatures, versions.Length + 1);
        }

        return _zeroSignatures[versions.Length] ??= new long[versions.Length];
    }

    private RuleMatch Snapshot(MatchState state)
    {
        var signature = state.Signature;
        signature.Clear();
        for (var slot = 0; slot < state.Tuple.Length; slot++)
        {
            if (state.Handles[slot] is { } handle)
            {
                signature.Add(handle.Version);
            }
            else if (state.Segments[slot] is { } segment)
            {
                signature.AddRange(segment);
            }
            else
            {
                AddMembers(signature, state.Members[slot]!);
            }
        }

        state.Probe.Rehash();
        if (state.Known!.TryGetValue(state.Probe, out var known))
        {
            // The activation's own key stands for the same facts: only a changed signature needs new arrays.
            return known.Signature.AsSpan().SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(signature))
                ? new RuleMatch(known.Key, null, known.Signature)
                : new RuleMatch(known.Key, (object?[])state.Tuple.Clone(), Frozen(signature));
        }

        return new RuleMatch(new TupleKey((FactHandle?[])state.Handles.Clone()), (object?[])state.Tuple.Clone(), Frozen(signature));
    }

    // A collection slot's part of a signature: the member count, then each member's id and version.
    private static void AddMembers(List<long> signature, List<FactHandle> members)
    {
        signature.Add(members.Count);
        foreach (var member in members)
        {
            signature.Add(member.Id);
            signature.Add(member.Version);
        }
    }

    private sealed record SharedCollection(long Version, System.Collections.IList List, List<FactHandle> Members)
    {
        private long[]? _signature;

        /// <summary>
        /// The collection's part of every signature that binds it, worked out once: members cannot change version
        /// without the alpha memory's version changing, which makes a new collection.
        /// </summary>
        public long[] Signature
        {
            get
            {
                if (_signature is null)
                {
                    var signature = new List<long>((2 * Members.Count) + 1);
                    AddMembers(signature, Members);
                    _signature = [.. signature];
                }

                return _signature;
            }
        }
    }

    private sealed class MatchState(int slots)
    {
        private CompiledRule? _rule;
        private TupleKey? _probe;

        public CompiledRule Rule => _rule!;

        public object?[] Tuple { get; } = new object?[slots];

        public FactHandle?[] Handles { get; } = new FactHandle?[slots];

        public List<FactHandle>?[] Members { get; } = new List<FactHandle>?[slots];

        // A shared collection's signature part, for its slot (null for facts and for collections made per tuple).
        public long[]?[] Segments { get; } = new long[]?[slots];

        // Per slot, the members a per-tuple Collect gathered (only its signature reads them; the list bound in the
        // tuple is made afresh for every tuple).
        private readonly List<FactHandle>?[] _collected = new List<FactHandle>?[slots];

        // One reused one-element candidate list per pattern for a pinned fact (each depth of the join has its own).
        private FactHandle[][] _only = [];

        /// <summary>Takes the buffers for <paramref name="rule"/>: every slot unbound, nothing pinned.</summary>
        public void Begin(CompiledRule rule)
        {
            _rule = rule;
            Array.Clear(Tuple);
            Array.Clear(Handles);
            Array.Clear(Members);
            Array.Clear(Segments);
            Array.Clear(Pins);
            if (_only.Length < rule.Elements.Count)
            {
                var only = new FactHandle[rule.Elements.Count][];
                for (var i = 0; i < only.Length; i++)
                {
                    only[i] = i < _only.Length ? _only[i] : new FactHandle[1];
                }

                _only = only;
            }
        }

        public FactHandle[] Only(int element, FactHandle handle)
        {
            var only = _only[element];
            only[0] = handle;
            return only;
        }

        public List<FactHandle> CollectedMembers(int slot)
        {
            var members = _collected[slot] ??= [];
            members.Clear();
            return members;
        }

        public FactHandle?[] Pins { get; } = new FactHandle?[slots];

        // Reads Handles: rehashed once a tuple is bound.
        public TupleKey Probe => _probe ??= TupleKey.Probe(Handles);

        public List<long> Signature { get; } = [];

        public Dictionary<TupleKey, Activation>? Known { get; set; }

        public List<RuleMatch>? Results { get; set; }
    }
}
