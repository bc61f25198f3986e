using ExpertRig.Engine;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Tests.KnowledgeBase;

/// <summary>
/// The knowledge base loads its rules from <see cref="RuleRegistry"/> (no reflection, so the Native AOT binary has
/// them all). The registry must hold every rule class of the assembly, once, in the order a scan would load them.
/// </summary>
public sealed class RuleRegistryTests
{
    private static readonly List<Type> RuleClasses = typeof(RuleRegistry).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsSubclassOf(typeof(Rule)))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void TheRegistry_HoldsEveryRuleClassOfTheAssembly_InFullNameOrder() =>
        RuleRegistry.All.Select(create => create().GetType()).ToList().ShouldBe(RuleClasses);

    [Fact]
    public void EachFactory_MakesANewInstance_SoSessionFactoriesShareNoRuleState() =>
        RuleRegistry.All.ShouldAllBe(create => !ReferenceEquals(create(), create()));

    [Fact]
    public void TheRegistry_CompilesToTheSameRuleBase_AsAScanOfTheAssembly() =>
        Rules.KnowledgeBase.Rules.Select(rule => rule.Name).ShouldBe(
            new RuleRepository().Load(typeof(RuleRegistry).Assembly).Compile().Rules.Select(rule => rule.Name));
}
