using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class FiringLimitTests
{
    [Fact]
    public void ARunawayLoop_StopsAtTheDefaultCap_NamingTheLastRulesFired()
    {
        var session = Sessions.With(typeof(CountUpForeverRule));
        var counter = new Counter("c");
        session.Insert(counter);

        var error = Should.Throw<RuleFiringLimitException>(() => session.Fire());

        error.Limit.ShouldBe(10_000);
        counter.Value.ShouldBe(10_000);
        error.LastRules.ShouldAllBe(name => name == "Count up");
        error.Message.ShouldContain("last fired: Count up");
    }

    [Fact]
    public void TheCap_IsPerFireAndConfigurable()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule));
        session.FiringLimit = 2;
        session.InsertAll([new Box("a", 1), new Box("b", 1)]);
        session.Fire().ShouldBe(2);

        session.InsertAll([new Box("c", 1), new Box("d", 1), new Box("e", 1)]);

        Should.Throw<RuleFiringLimitException>(() => session.Fire()).Limit.ShouldBe(2);
    }
}
