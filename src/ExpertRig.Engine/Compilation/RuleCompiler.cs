using System.Linq.Expressions;
using System.Reflection;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Engine.Compilation;

/// <summary>Turns a rule class into a <see cref="CompiledRule"/>, refusing incomplete or inconsistent definitions.</summary>
internal static class RuleCompiler
{
    public static CompiledRule Compile(Rule rule, int index)
    {
        var type = rule.GetType();
        if (PrecompiledRules.Current?.Compiled.GetValueOrDefault(type) is { } precompiled)
        {
            return precompiled(index);
        }

        var metadata = PrecompiledRules.Current?.Metadata.GetValueOrDefault(type) ?? ReadMetadata(type);
        LeftHandSideExpression? when;
        RightHandSideExpression? then;
        try
        {
            (when, then) = rule.Build();
        }
        catch (Exception ex) when (ex is not RuleDefinitionException)
        {
            throw new RuleDefinitionException($"rule class {type.FullName}: Define() failed: {ex.Message}", ex);
        }

        if (when is null || when.Elements.Count == 0)
        {
            throw new RuleDefinitionException($"rule class {type.FullName}: When() declares no pattern");
        }

        if (then is null || then.Actions.Count == 0)
        {
            throw new RuleDefinitionException($"rule class {type.FullName}: Then() declares no action");
        }

        var slots = new Dictionary<FieldInfo, int>();
        var slotNames = new List<string>();
        foreach (var element in when.Elements.Where(e => e.Kind is ElementKind.Match or ElementKind.Collect))
        {
            var name = $"${slotNames.Count + 1}";
            if (element.Alias is not null)
            {
                var field = AliasField(element.Alias, type);
                if (!slots.TryAdd(field, slotNames.Count))
                {
                    throw new RuleDefinitionException($"rule class {type.FullName}: variable '{field.Name}' is bound twice");
                }

                name = field.Name;
            }

            slotNames.Add(name);
        }

        var tuple = Expression.Parameter(typeof(object?[]), "tuple");
        var elements = new List<CompiledElement>();
        var matchSlots = new HashSet<int>();
        var slot = 0;
        foreach (var element in when.Elements)
        {
            var binds = element.Kind is ElementKind.Match or ElementKind.Collect;
            var conditions = element.Conditions
                .Select(c => CompileCondition(c, slots, tuple, slot, metadata.Name)).ToList();
            var collectionConditions = element.CollectionConditions
                .Select(c => CompileCondition(c, slots, tuple, slot, metadata.Name)).ToList();
            var plan = Plan(element, slots, tuple, slot, metadata.Name, matchSlots);
            elements.Add(new CompiledElement(
                element.Kind,
                element.FactType,
                binds ? slotNames[slot] : element.FactType.Name,
                binds ? slot : -1,
                conditions,
                collectionConditions,
                element.NewCollection)
            {
                Tests = plan.Tests,
                AlphaSignature = plan.Signature,
                Key = plan.Key,
                JoinTests = plan.JoinTests,
            });
            if (binds)
            {
                if (element.Kind == ElementKind.Match)
                {
                    matchSlots.Add(slot);
                }

                slot++;
            }
        }

        var actions = then.Actions.Select(a => CompileAction(a, slots, tuple, slot, metadata.Name)).ToList();
        return new CompiledRule(index, metadata, elements, slotNames, actions);
    }

    // The class's attributes are read once and then picked by type: each GetCustomAttribute call decodes every
    // attribute of the class again, which six calls per rule made 6% of a native cold recommend. The native binary
    // takes the metadata the precompiler read with this method at build time (PrecompiledRules.Metadata).
    internal static RuleMetadata ReadMetadata(Type type)
    {
        var attributes = type.GetCustomAttributes(inherit: true);
        var name = attributes.OfType<NameAttribute>().FirstOrDefault()?.Value ?? type.Name;
        var description = attributes.OfType<DescriptionAttribute>().FirstOrDefault()?.Value;
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new RuleDefinitionException($"rule class {type.FullName}: missing [Description]");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RuleDefinitionException($"rule class {type.FullName}: empty [Name]");
        }

        return new RuleMetadata(
            name,
            description,
            attributes.OfType<TagAttribute>().Select(t => t.Value).ToList(),
            attributes.OfType<PriorityAttribute>().FirstOrDefault()?.Value ?? 0,
            attributes.OfType<RepeatabilityAttribute>().FirstOrDefault()?.Value ?? RuleRepeatability.Repeatable,
            attributes.OfType<SourceAttribute>().FirstOrDefault()?.Value,
            type);
    }

    private static FieldInfo AliasField(LambdaExpression alias, Type ruleType) =>
        alias.Body is MemberExpression { Member: FieldInfo field, Expression: ConstantExpression }
            ? field
            : throw new RuleDefinitionException(
                $"rule class {ruleType.FullName}: a pattern alias must name a local variable, as in () => gpu; got {alias}");

    private static CompiledCondition CompileCondition(
        LambdaExpression condition, Dictionary<FieldInfo, int> slots, ParameterExpression tuple, int bound, string rule)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var parameter = condition.Parameters[0];
        var body = new ClosureRewriter(slots, tuple, bound, rule)
            .WithParameter(parameter, Expression.Convert(fact, parameter.Type))
            .Visit(condition.Body)!;
        var lambda = Expression.Lambda<Func<object, object?[], bool>>(body, fact, tuple);
        return new CompiledCondition(condition, new TieredDelegate<Func<object, object?[], bool>>(lambda));
    }

    private static (List<CompiledCondition> Tests, string Signature, JoinKey? Key, List<CompiledCondition> JoinTests) Plan(
        ElementDeclaration element, Dictionary<FieldInfo, int> slots, ParameterExpression tuple, int bound, string rule,
        ISet<int> matchSlots)
    {
        var tests = new List<CompiledCondition>();
        var testTexts = new List<string>();
        var joinTests = new List<CompiledCondition>();
        JoinKey? key = null;
        foreach (var conjunct in element.Conditions.SelectMany(PatternPlanner.Conjuncts))
        {
            var fact = Expression.Parameter(typeof(object), "fact");
            var parameter = conjunct.Parameters[0];
            var body = new ClosureRewriter(slots, tuple, bound, rule)
                .WithParameter(parameter, Expression.Convert(fact, parameter.Type))
                .Visit(conjunct.Body)!;
            var lambda = Expression.Lambda<Func<object, object?[], bool>>(body, fact, tuple);
            if (!PatternPlanner.ReadsTuple(body, tuple))
            {
                tests.Add(new CompiledCondition(conjunct, new TieredDelegate<Func<object, object?[], bool>>(lambda)));
                testTexts.Add(body.ToString());
            }
            else if (key is null
                && PatternPlanner.Key(body, fact, tuple, matchSlots, () => ExpressionText.Of(conjunct)) is { } found)
            {
                key = found;
            }
            else
            {
                joinTests.Add(new CompiledCondition(conjunct, new TieredDelegate<Func<object, object?[], bool>>(lambda)));
            }
        }

        return (tests, $"{element.FactType.FullName}|{string.Join("|", testTexts)}", key, joinTests);
    }

    private static CompiledAction CompileAction(
        ActionDeclaration action, Dictionary<FieldInfo, int> slots, ParameterExpression tuple, int bound, string rule)
    {
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var body = new ClosureRewriter(slots, tuple, bound, rule)
            .WithParameter(action.Expression.Parameters[0], context)
            .Visit(action.Expression.Body)!;
        Expression result = action.Kind == ActionKind.Yield
            ? Expression.Convert(body, typeof(object))
            : Expression.Block(body, Expression.Constant(null, typeof(object)));
        var lambda = Expression.Lambda<Func<IContext, object?[], object?>>(result, context, tuple);
        return new CompiledAction(
            action.Kind, action.Expression, new TieredDelegate<Func<IContext, object?[], object?>>(lambda));
    }
}
