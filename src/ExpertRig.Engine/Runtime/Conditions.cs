using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>Runs a rule's conditions, counting each run and naming the rule and the facts when one throws.</summary>
internal static class Conditions
{
    /// <summary>
    /// Whether the fact passes every condition, run in order until one fails; the matcher's form, over an array (no
    /// interface calls), with one protected region for the whole run: a condition that throws is named as
    /// <see cref="Evaluate"/> names it.
    /// </summary>
    public static bool Passes(CompiledRule rule, CompiledCondition[] conditions, object fact, object?[] tuple)
    {
        var i = 0;
        try
        {
            for (; i < conditions.Length; i++)
            {
                EngineCounters.CountEvaluation();
                if (!conditions[i].Evaluate(fact, tuple))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex)
        {
            throw Failure(rule, conditions[i].Text, fact, tuple, ex);
        }
    }

    public static bool Passes(CompiledRule rule, IReadOnlyList<CompiledCondition> conditions, object fact, object?[] tuple)
    {
        // Indexed, not foreach: an interface enumerator is an allocation per call, and this runs for every candidate.
        for (var i = 0; i < conditions.Count; i++)
        {
            if (!Evaluate(rule, conditions[i], fact, tuple))
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
            throw Failure(rule, condition.Text, fact, tuple, ex);
        }
    }

    /// <summary>The hash key of a fact (or of a partial tuple) under an equality join.</summary>
    public static object Key(CompiledRule rule, JoinKey key, object fact)
    {
        try
        {
            EngineCounters.CountEvaluation();
            return JoinKey.Box(key.FactKey.Current(fact));
        }
        catch (Exception ex)
        {
            throw Failure(rule, key.Text, fact, [], ex);
        }
    }

    public static object TupleKey(CompiledRule rule, JoinKey key, object?[] tuple)
    {
        if (key.TupleSlot >= 0)
        {
            return JoinKey.Box(tuple[key.TupleSlot]);
        }

        try
        {
            EngineCounters.CountEvaluation();
            return JoinKey.Box(key.TupleKey!.Current(tuple));
        }
        catch (Exception ex)
        {
            throw Failure(rule, key.Text, null, tuple, ex);
        }
    }

    private static RuleEvaluationException Failure(CompiledRule rule, string text, object? fact, object?[] tuple, Exception ex)
    {
        var facts = tuple.Where(f => f is not null).Append(fact).Where(f => f is not null).ToList();
        return new RuleEvaluationException(rule.Metadata.Name, $"condition {text}", facts!, ex);
    }
}
