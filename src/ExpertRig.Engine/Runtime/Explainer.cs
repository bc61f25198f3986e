using System.Collections;
using ExpertRig.Engine.Audit;
using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>Answers Why (derivation trees from each fact's last cause) and WhyNot (first failing pattern and condition).</summary>
internal sealed class Explainer(Func<object, FactCause?> causeOf)
{
    public Derivation Why(object fact) => Derive(fact, new HashSet<object>(ReferenceEqualityComparer.Instance));

    public WhyNotReport WhyNot(
        CompiledRule rule, bool fired, IReadOnlyList<IReadOnlyList<MatchedFact>> matches, WorkingMemory memory)
    {
        var name = rule.Metadata.Name;
        if (matches.Count > 0)
        {
            var state = fired ? "fired" : "is waiting on the agenda";
            return new WhyNotReport(name, fired, matches, null, null, null, 0,
                $"rule '{name}' matches {matches.Count} tuple(s) and {state}");
        }

        var partials = new List<object?[]> { new object?[rule.SlotCount] };
        for (var i = 0; i < rule.Elements.Count; i++)
        {
            var element = rule.Elements[i];
            var pattern = Describe(element);
            var candidates = memory.OfType(element.FactType);
            var failure = element.Kind switch
            {
                ElementKind.Not => FilterNot(rule, element, candidates, ref partials),
                ElementKind.Collect => FilterCollect(rule, element, candidates, ref partials),
                _ => FilterMatch(rule, element, candidates, ref partials),
            };
            if (failure is not null)
            {
                return new WhyNotReport(name, fired, matches, i, pattern, failure.Value.Condition,
                    failure.Value.Candidates, $"rule '{name}' did not fire: pattern {i + 1} ({pattern}) {failure.Value.Reason}");
            }
        }

        return new WhyNotReport(name, fired, matches, null, null, null, 0,
            $"rule '{name}': every pattern has candidates, but no complete match survives");
    }

    private Derivation Derive(object fact, HashSet<object> path)
    {
        var firing = causeOf(fact)?.Firing;
        if (firing is null || !path.Add(fact))
        {
            return new Derivation(fact, firing, []);
        }

        var premises = new List<Derivation>();
        for (var i = 0; i < firing.Facts.Count; i++)
        {
            var value = firing.Facts[i].Value;
            if (firing.Collections[i])
            {
                premises.AddRange(((IEnumerable)value).Cast<object>().Select(member => Derive(member, path)));
            }
            else
            {
                premises.Add(Derive(value, path));
            }
        }

        path.Remove(fact);
        return new Derivation(fact, firing, premises);
    }

    private static string Describe(CompiledElement element)
    {
        var kind = element.Kind == ElementKind.Collect ? "Collect" : element.Kind.ToString();
        return element.Slot >= 0 ? $"{kind}<{element.FactType.Name}> {element.Name}" : $"{kind}<{element.FactType.Name}>";
    }

    private static Failure? FilterMatch(
        CompiledRule rule, CompiledElement element, IReadOnlyList<FactHandle> candidates, ref List<object?[]> partials)
    {
        if (candidates.Count == 0)
        {
            return new Failure(null, 0, $"has no candidate: no facts of type {element.FactType.Name}");
        }

        var survivors = partials.SelectMany(p => candidates.Select(c => (Tuple: p, Fact: c.Fact))).ToList();
        foreach (var condition in element.Conditions)
        {
            var next = survivors.Where(s => Conditions.Evaluate(rule, condition, s.Fact, s.Tuple)).ToList();
            if (next.Count == 0)
            {
                return new Failure(condition.Text, survivors.Count,
                    $"has no candidate left: none of {survivors.Count} candidate(s) of type {element.FactType.Name} satisfies {condition.Text}");
            }

            survivors = next;
        }

        partials = element.Kind == ElementKind.Match
            ? [.. survivors.Select(s => Bind(s.Tuple, element.Slot, s.Fact))]
            : [.. survivors.Select(s => s.Tuple).Distinct()];
        return null;
    }

    private static Failure? FilterNot(
        CompiledRule rule, CompiledElement element, IReadOnlyList<FactHandle> candidates, ref List<object?[]> partials)
    {
        var open = new List<object?[]>();
        object? blocker = null;
        foreach (var partial in partials)
        {
            var blocking = candidates.FirstOrDefault(c => Conditions.Passes(rule, element.Conditions, c.Fact, partial));
            if (blocking is null)
            {
                open.Add(partial);
            }
            else
            {
                blocker ??= blocking.Fact;
            }
        }

        if (open.Count == 0)
        {
            var conditions = element.Conditions.Count == 0 ? "(any)" : string.Join(" and ", element.Conditions.Select(c => c.Text));
            return new Failure(conditions, partials.Count,
                $"is ruled out: a fact of type {element.FactType.Name} exists that satisfies {conditions}: {FactText.Of(blocker)}");
        }

        partials = open;
        return null;
    }

    private static Failure? FilterCollect(
        CompiledRule rule, CompiledElement element, IReadOnlyList<FactHandle> candidates, ref List<object?[]> partials)
    {
        var survivors = partials.Select(p =>
        {
            var list = element.NewCollection();
            foreach (var candidate in candidates.Where(c => Conditions.Passes(rule, element.Conditions, c.Fact, p)))
            {
                list.Add(candidate.Fact);
            }

            return (Tuple: p, List: (object)list);
        }).ToList();
        foreach (var condition in element.CollectionConditions)
        {
            var next = survivors.Where(s => Conditions.Evaluate(rule, condition, s.List, s.Tuple)).ToList();
            if (next.Count == 0)
            {
                return new Failure(condition.Text, survivors.Count,
                    $"has no collection left: the collected {element.FactType.Name} facts do not satisfy {condition.Text}");
            }

            survivors = next;
        }

        partials = [.. survivors.Select(s => Bind(s.Tuple, element.Slot, s.List))];
        return null;
    }

    private static object?[] Bind(object?[] tuple, int slot, object fact)
    {
        var copy = (object?[])tuple.Clone();
        copy[slot] = fact;
        return copy;
    }

    private readonly record struct Failure(string? Condition, int Candidates, string Reason);
}
