using System.Reflection;
using ExpertRig.Engine.Compilation;
using ExpertRig.Engine.Dsl;
using ExpertRig.Engine.Runtime;

namespace ExpertRig.Engine;

/// <summary>
/// Loads rule classes and compiles them once into an <see cref="ISessionFactory"/> (mirrors NRules.Fluent's
/// <c>RuleRepository</c>). Refuses, naming the class: duplicate names, a missing description, an empty When or Then.
/// </summary>
public sealed class RuleRepository
{
    private readonly List<Type> _ruleTypes = [];

    /// <summary>Adds every concrete rule class of the assembly, in full-name order.</summary>
    public RuleRepository Load(Assembly assembly) => Load(assembly, _ => true);

    /// <summary>Adds the concrete rule classes of the assembly that <paramref name="where"/> accepts, in full-name order.</summary>
    public RuleRepository Load(Assembly assembly, Func<Type, bool> where) =>
        Load([.. assembly.GetTypes().Where(t => IsRuleClass(t) && where(t)).OrderBy(t => t.FullName, StringComparer.Ordinal)]);

    /// <summary>Adds the given rule classes, in the order given.</summary>
    public RuleRepository Load(params Type[] ruleTypes)
    {
        foreach (var type in ruleTypes)
        {
            if (!IsRuleClass(type))
            {
                throw new RuleDefinitionException(
                    $"rule class {type.FullName}: not a concrete Rule with a public parameterless constructor");
            }

            _ruleTypes.Add(type);
        }

        return this;
    }

    /// <summary>Compiles the loaded rules; conditions are turned into delegates on first use.</summary>
    public ISessionFactory Compile()
    {
        var compiled = new List<CompiledRule>(_ruleTypes.Count);
        var names = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in _ruleTypes)
        {
            var rule = RuleCompiler.Compile((Rule)Activator.CreateInstance(type)!, compiled.Count);
            if (!names.TryAdd(rule.Metadata.Name, type))
            {
                throw new RuleDefinitionException(
                    $"rule class {type.FullName}: name '{rule.Metadata.Name}' is already used by {names[rule.Metadata.Name].FullName}");
            }

            compiled.Add(rule);
        }

        return new SessionFactory(compiled);
    }

    private static bool IsRuleClass(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.IsSubclassOf(typeof(Rule))
        && type.GetConstructor(Type.EmptyTypes) is not null;
}
