using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class WhyTests
{
    [Fact]
    public void Why_TracesADerivedFact_DownToTheFactsTheCallerInserted()
    {
        var session = Sessions.With(typeof(HeavyBoxRule), typeof(AlarmRule));
        var box = new Box("a", 9);
        session.Insert(box);
        session.Fire();

        var why = session.Why(session.Query<Alarm>().Single());

        why.Firing!.Rule.Name.ShouldBe("Alarm on very heavy box");
        var heavy = why.Premises.Single();
        heavy.Firing!.Rule.Name.ShouldBe("Heavy box");
        heavy.Premises.Single().Fact.ShouldBeSameAs(box);
        heavy.Premises.Single().IsGiven.ShouldBeTrue();
        why.ToText().ShouldBe(
            """
            Alarm { Heavy = Heavy { Box = Box a (9 kg) } }
              <- rule 'Alarm on very heavy box': A heavy box over 8 kg raises an alarm.
                Heavy { Box = Box a (9 kg) }
                  <- rule 'Heavy box': A box over 5 kg is heavy.
                    Box a (9 kg)
                      (given)

            """);
    }

    [Fact]
    public void Why_ExpandsACollection_IntoItsMembers()
    {
        var session = Sessions.With(typeof(TotalWeightRule));
        session.InsertAll([new Box("a", 1), new Box("b", 2)]);
        session.Fire();

        var why = session.Why(session.Query<Total>().Single());

        why.Premises.Select(p => ((Box)p.Fact).Name).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Why_OfAGivenFact_IsALeaf()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var box = new Box("a", 1);
        session.Insert(box);

        var why = session.Why(box);

        why.IsGiven.ShouldBeTrue();
        why.Premises.ShouldBeEmpty();
    }

    [Fact]
    public void Why_Refuses_AFactNotInWorkingMemory() =>
        Should.Throw<ArgumentException>(() => Sessions.With(typeof(HeavyBoxRule)).Why(new Box("x", 1)));
}
