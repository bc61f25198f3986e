using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class EvaluationErrorTests
{
    [Fact]
    public void AThrowingCondition_IsWrapped_NamingTheRuleTheConditionAndTheFacts()
    {
        var session = Sessions.With(typeof(ThrowingConditionRule));

        // Matching is eager (issue 11): the condition runs when the fact is inserted, as in NRules.
        var error = Should.Throw<RuleEvaluationException>(() => session.Insert(new Box("empty", 0)));

        error.RuleName.ShouldBe("Divides by weight");
        error.Message.ShouldContain("condition b => ((10 / b.Weight) > 1)");
        error.Message.ShouldContain("Box empty (0 kg)");
        error.InnerException.ShouldBeOfType<DivideByZeroException>();
    }

    [Fact]
    public void AThrowingAction_IsWrapped_NamingTheRuleAndTheFacts()
    {
        var session = Sessions.With(typeof(ThrowingActionRule));
        session.Insert(new Shelf("top", 1));

        var error = Should.Throw<RuleEvaluationException>(() => session.Fire());

        error.RuleName.ShouldBe("Throws in action");
        error.Message.ShouldContain("Shelf { Name = top, MaxWeight = 1 }");
        error.Message.ShouldContain("shelf top collapsed");
        error.Facts.Single().ShouldBeOfType<Shelf>();
    }
}
