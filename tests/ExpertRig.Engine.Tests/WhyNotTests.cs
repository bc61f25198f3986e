using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class WhyNotTests
{
    [Fact]
    public void WhyNot_SaysThereAreNoFactsOfTheType()
    {
        var session = Sessions.With(typeof(BoxFitsShelfRule));
        session.Insert(new Box("a", 1));

        var report = session.WhyNot("Box fits shelf");

        report.Fired.ShouldBeFalse();
        report.PatternIndex.ShouldBe(1);
        report.Pattern.ShouldBe("Match<Shelf> shelf");
        report.Condition.ShouldBeNull();
        report.Explanation.ShouldBe("rule 'Box fits shelf' did not fire: pattern 2 (Match<Shelf> shelf) has no candidate: no facts of type Shelf");
    }

    [Fact]
    public void WhyNot_NamesTheConditionThatRemovedTheLastCandidate_AsSourceText()
    {
        var session = Sessions.With(typeof(BoxFitsShelfRule));
        session.InsertAll([new Box("big", 9), new Shelf("low", 5), new Shelf("lower", 3)]);

        var report = session.WhyNot("Box fits shelf");

        report.Condition.ShouldBe("s => (s.MaxWeight >= box.Weight)");
        report.CandidatesBefore.ShouldBe(2);
        report.Explanation.ShouldContain("none of 2 candidate(s) of type Shelf satisfies s => (s.MaxWeight >= box.Weight)");
    }

    [Fact]
    public void WhyNot_ShowsTheFactThatBlocksANotPattern()
    {
        var session = Sessions.With(typeof(EmptyShelfRule));
        session.InsertAll([new Shelf("s", 5), new Box("a", 1)]);

        var report = session.WhyNot("Empty shelf");

        report.Pattern.ShouldBe("Not<Box>");
        report.Explanation.ShouldContain("Box a (1 kg)");
        report.Explanation.ShouldContain("b => (b.Weight <= shelf.MaxWeight)");
    }

    [Fact]
    public void WhyNot_NamesAFailingCollectionCondition()
    {
        var session = Sessions.With(typeof(SomeHeavyBoxesRule));
        session.Insert(new Box("a", 9));

        session.WhyNot("Some heavy boxes").Condition.ShouldBe("c => (c.Count() >= 2)");
    }

    [Fact]
    public void WhyNot_OfARuleThatFired_ReportsItsMatches()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        session.Insert(new Box("a", 9));
        session.Fire();

        var report = session.WhyNot("Heavy box");

        report.Fired.ShouldBeTrue();
        report.PatternIndex.ShouldBeNull();
        report.Matches.Single().Single().Name.ShouldBe("box");
        report.Explanation.ShouldBe("rule 'Heavy box' matches 1 tuple(s) and fired");
    }

    [Fact]
    public void WhyNot_Refuses_AnUnknownRule() =>
        Should.Throw<ArgumentException>(() => Sessions.With(typeof(HeavyBoxRule)).WhyNot("Nope"));
}
