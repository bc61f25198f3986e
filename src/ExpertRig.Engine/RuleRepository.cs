using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using ExpertRig.Engine.Compilation;
using ExpertRig.Engine.Dsl;
using ExpertRig.Engine.Runtime;

namespace ExpertRig.Engine;

/// <summary>
/// Loads rule classes and compiles them once into an <see cref="ISessionFactory"/> (mirrors NRules.Fluent's
/// <c>RuleRepository</c>). Refuses, naming the class: duplicate names, a missing description, an empty When or Then.
/// A program that is trimmed or compiled ahead of time loads its rules from factories
/// (<see cref="Load(IEnumerable{Func{Rule}})"/>); the overloads that find rule classes by reflection are for tests and
/// tools.
/// </summary>
public sealed class RuleRepository
{
    private const string ReflectionLoading =
        "Finds and creates rule classes by reflection; a trimmed program may lack them. Load factories instead.";

    private readonly List<Func<Rule>> _rules = [];

    /// <summary>Adds every concrete rule class of the assembly, in full-name order.</summary>
    [RequiresUnreferencedCode(ReflectionLoading)]
    public RuleRepository Load(Assembly assembly) => Load(assembly, _ => true);

    /// <summary>Adds the concrete rule classes of the assembly that <paramref name="where"/> accepts, in full-name order.</summary>
    [RequiresUnreferencedCode(ReflectionLoading)]
    public RuleRepository Load(Assembly assembly, Func<Type, bool> where) =>
        Load([.. assembly.GetTypes().Where(t => IsRuleClass(t) && where(t)).OrderBy(t => t.FullName, StringComparer.Ordinal)]);

    /// <summary>Adds the given rule classes, in the order given.</summary>
    [RequiresUnreferencedCode(ReflectionLoading)]
    public RuleRepository Load(params Type[] ruleTypes)
    {
        foreach (var type in ruleTypes)
        {
            if (!IsRuleClass(type))
            {
                throw new RuleDefinitionException(
                    $"rule class {type.FullName}: not a concrete Rule with a public parameterless constructor");
            }

            _rules.Add(() => (Rule)Activator.CreateInstance(type)!);
        }

        return this;
    }

    /// <summary>Adds one rule per factory, in the order given (each factory makes a new instance of its rule class).</summary>
    public RuleRepository Load(IEnumerable<Func<Rule>> rules)
    {
        _rules.AddRange(rules);
        return this;
    }

    /// <summary>
    /// Compiles the loaded rules with what a build step generated from them (<see cref="PrecompiledRules"/>) instead
    /// of the process-wide default; <see cref="PrecompiledRules.None"/> interprets every condition.
    /// </summary>
    public ISessionFactory Compile(PrecompiledRules precompiled)
    {
        ArgumentNullException.ThrowIfNull(precompiled);
        return PrecompiledRules.Compile(precompiled, Compile);
    }

    /// <summary>Compiles the loaded rules; conditions are turned into delegates on first use.</summary>
    public ISessionFactory Compile()
    {
        var compiled = new List<CompiledRule>(_rules.Count);
        var names = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var create in _rules)
        {
            var instance = create();
            var type = instance.GetType();
            var rule = RuleCompiler.Compile(instance, compiled.Count);
            if (!names.TryAdd(rule.Metadata.Name, type))
            {
                throw new RuleDefinitionException(
                    $"rule class {type.FullName}: name '{rule.Metadata.Name}' is already used by {names[rule.Metadata.Name].FullName}");
            }

            compiled.Add(rule);
        }

        return new SessionFactory(compiled);
    }

    [RequiresUnreferencedCode(ReflectionLoading)]
    private static bool IsRuleClass(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.IsSubclassOf(typeof(Rule))
        && type.GetConstructor(Type.EmptyTypes) is not null;
}
