using ExpertRig.Engine.Dsl;
using ExpertRig.Engine.Tests.Fixtures;
using ExpertRig.Engine.Tests.Fixtures.Invalid;

namespace ExpertRig.Engine.Tests;

public sealed class RuleRepositoryTests
{
    [Fact]
    public void Loads_EveryRuleClassOfAnAssembly_WithItsMetadata()
    {
        var factory = new RuleRepository()
            .Load(typeof(HeavyBoxRule).Assembly, t => t.Namespace == typeof(HeavyBoxRule).Namespace)
            .Compile();

        factory.Rules.Count.ShouldBe(29);
        var heavy = factory.Rules.Single(r => r.Name == "Heavy box");
        heavy.Description.ShouldBe("A box over 5 kg is heavy.");
        heavy.Tags.ShouldBe(["weight", "safety"]);
        heavy.Priority.ShouldBe(0);
        heavy.Repeatability.ShouldBe(RuleRepeatability.Repeatable);
        heavy.Source.ShouldBe("test fixture");
        factory.Rules.Single(r => r.Name == "Urgent note").Priority.ShouldBe(10);
    }

    [Fact]
    public void Loads_RulesInFullNameOrder_SoLoadingIsDeterministic()
    {
        var names = new RuleRepository()
            .Load(typeof(HeavyBoxRule).Assembly, t => t.Namespace == typeof(HeavyBoxRule).Namespace)
            .Compile().Rules.Select(r => r.RuleType.FullName).ToList();

        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Refuses_TheWholeAssembly_WhenItHoldsAnInvalidRule() =>
        Should.Throw<RuleDefinitionException>(() => new RuleRepository().Load(typeof(HeavyBoxRule).Assembly).Compile());

    [Fact]
    public void Refuses_ARuleWithoutDescription_NamingTheClass() =>
        Should.Throw<RuleDefinitionException>(() => new RuleRepository().Load(typeof(NoDescriptionRule)).Compile())
            .Message.ShouldContain("NoDescriptionRule: missing [Description]");

    [Fact]
    public void Refuses_AnEmptyWhen_NamingTheClass() =>
        Should.Throw<RuleDefinitionException>(() => new RuleRepository().Load(typeof(EmptyWhenRule)).Compile())
            .Message.ShouldContain("EmptyWhenRule: When() declares no pattern");

    [Fact]
    public void Refuses_AnEmptyThen_NamingTheClass() =>
        Should.Throw<RuleDefinitionException>(() => new RuleRepository().Load(typeof(EmptyThenRule)).Compile())
            .Message.ShouldContain("EmptyThenRule: Then() declares no action");

    [Fact]
    public void Refuses_DuplicateNames_NamingBothClasses()
    {
        var error = Should.Throw<RuleDefinitionException>(
            () => new RuleRepository().Load(typeof(HeavyBoxRule), typeof(DuplicateNameRule)).Compile());

        error.Message.ShouldContain("DuplicateNameRule");
        error.Message.ShouldContain("'Heavy box' is already used by");
        error.Message.ShouldContain("HeavyBoxRule");
    }

    [Fact]
    public void Refuses_AVariableUsedBeforeThePatternThatBindsIt() =>
        Should.Throw<RuleDefinitionException>(() => new RuleRepository().Load(typeof(UnboundVariableRule)).Compile())
            .Message.ShouldContain("'shelf' is used before the pattern that binds it");

    [Fact]
    public void Refuses_ATypeThatIsNotARule() =>
        Should.Throw<RuleDefinitionException>(() => new RuleRepository().Load(typeof(Box)))
            .Message.ShouldContain(typeof(Box).FullName!);

    [Fact]
    public void SharesCompiledRules_BetweenIndependentSessions()
    {
        var factory = new RuleRepository().Load(typeof(HeavyBoxRule)).Compile();
        var first = factory.CreateSession();
        var second = factory.CreateSession();
        first.Insert(new Box("a", 9));

        first.Fire().ShouldBe(1);
        second.Fire().ShouldBe(0);
        second.Query<Heavy>().ShouldBeEmpty();
    }
}
