using System.Globalization;
using System.Text;
using ExpertRig.Engine.Compilation;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Precompiler;

/// <summary>
/// Text of everything a compiled rule holds but its delegates: metadata, elements (kind, fact type, name, slot, the
/// conditions' texts as written and as planned into alpha tests, the join key and join tests, the alpha signature, the
/// collection type), slot names and actions. Two rule bases with the same description were compiled alike; the tests
/// compare the rules <see cref="RuleSourceWriter"/> wrote with the engine's own compilation of the rule classes.
/// </summary>
public static class RuleDescription
{
    /// <summary>One description per rule, compiled with <paramref name="precompiled"/> (or <see cref="PrecompiledRules.None"/>).</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<Func<Rule>> rules, PrecompiledRules precompiled)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return [.. rules.Select((create, index) =>
        {
            var instance = create();
            return Describe(PrecompiledRules.Compile(precompiled, () => RuleCompiler.Compile(instance, index)));
        })];
    }

    private static string Describe(CompiledRule rule)
    {
        var m = rule.Metadata;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"#{rule.Index} {m.Name} | {m.Description} | [{string.Join(", ", m.Tags)}] | {m.Priority} | {m.Repeatability} | {m.Source} | {m.RuleType.FullName}\n");
        foreach (var e in rule.Elements)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {e.Kind} {e.FactType.FullName} {e.Name} slot {e.Slot} list {e.NewCollection().GetType()}\n")
                .Append(CultureInfo.InvariantCulture, $"    conditions [{Texts(e.Conditions)}] collection [{Texts(e.CollectionConditions)}]\n")
                .Append(CultureInfo.InvariantCulture, $"    tests [{Texts(e.Tests)}] signature {e.AlphaSignature}\n")
                .Append(CultureInfo.InvariantCulture, $"    join tests [{Texts(e.JoinTests)}]\n");
            if (e.Key is { } key)
            {
                text.Append(CultureInfo.InvariantCulture, $"    key {key.Text} | {key.Signature} | slot {key.TupleSlot} | tuple key {key.TupleKey is not null} | by reference {key.ByReference}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"  slots [{string.Join(", ", rule.SlotNames)}]\n");
        foreach (var action in rule.Actions)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {action.Kind} {action.Text}\n");
        }

        return text.ToString();
    }

    private static string Texts(IEnumerable<CompiledCondition> conditions) => string.Join(" ; ", conditions.Select(c => c.Text));
}
