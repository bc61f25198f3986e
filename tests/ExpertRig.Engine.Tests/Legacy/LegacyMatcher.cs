using ExpertRig.Engine.Compilation;

using ExpertRig.Engine.Runtime;

namespace ExpertRig.Engine.Tests.Legacy;

/// <summary>
/// Finds every tuple of facts that satisfies a rule's left-hand side, pattern by pattern, in fact insertion order so
/// identical input always gives identical activations. Rules are re-matched only when facts of their types change.
/// </summary>
internal sealed class LegacyMatcher(WorkingMemory memory)
{
    public List<RuleMatch> Match(CompiledRule rule)
    {
        var results = new List<RuleMatch>();
        var state = new MatchState(rule, new object?[rule.SlotCount], new FactHandle?[rule.SlotCount],
            new List<FactHandle>?[rule.SlotCount], results);
        Extend(state, 0);
        return results;
    }

    public static bool Passes(CompiledRule rule, IReadOnlyList<CompiledCondition> conditions, object fact, object?[] tuple)
    {
        foreach (var condition in conditions)
        {
            if (!Evaluate(rule, condition, fact, tuple))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Evaluate(CompiledRule rule, CompiledCondition condition, object fact, object?[] tuple)
    {
        try
        {
            EngineCounters.CountEvaluation();
            return condition.Evaluate(fact, tuple);
        }
        catch (Exception ex)
        {
            var facts = tuple.Where(f => f is not null).Append(fact).ToList();
            throw new RuleEvaluationException(rule.Metadata.Name, $"condition {condition.Text}", facts!, ex);
        }
    }

    private void Extend(MatchState state, int index)
    {
        var rule = state.Rule;
        if (index == rule.Elements.Count)
        {
            state.Results.Add(Snapshot(state));
            return;
        }

        var element = rule.Elements[index];
        var candidates = memory.OfType(element.FactType);
        var tuple = state.Tuple;
        switch (element.Kind)
        {
            case ElementKind.Match:
                foreach (var handle in candidates)
                {
                    if (Passes(rule, element.Conditions, handle.Fact, tuple))
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
                if (candidates.Any(h => Passes(rule, element.Conditions, h.Fact, tuple)))
                {
                    Extend(state, index + 1);
                }

                break;
            case ElementKind.Not:
                if (!candidates.Any(h => Passes(rule, element.Conditions, h.Fact, tuple)))
                {
                    Extend(state, index + 1);
                }

                break;
            case ElementKind.Collect:
                var list = element.NewCollection();
                var members = new List<FactHandle>();
                foreach (var handle in candidates)
                {
                    if (Passes(rule, element.Conditions, handle.Fact, tuple))
                    {
                        list.Add(handle.Fact);
                        members.Add(handle);
                    }
                }

                if (Passes(rule, element.CollectionConditions, list, tuple))
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

    private static RuleMatch Snapshot(MatchState state)
    {
        var ids = new long[state.Tuple.Length];
        var signature = new List<long>(state.Tuple.Length);
        for (var slot = 0; slot < state.Tuple.Length; slot++)
        {
            if (state.Handles[slot] is { } handle)
            {
                ids[slot] = handle.Id;
                signature.Add(handle.Version);
            }
            else
            {
                var members = state.Members[slot]!;
                signature.Add(members.Count);
                foreach (var member in members)
                {
                    signature.Add(member.Id);
                    signature.Add(member.Version);
                }
            }
        }

        return new RuleMatch(new TupleKey(ids), (object?[])state.Tuple.Clone(), [.. signature]);
    }

    private sealed record MatchState(
        CompiledRule Rule, object?[] Tuple, FactHandle?[] Handles, List<FactHandle>?[] Members, List<RuleMatch> Results);
}
