using ExpertRig.Engine.Dsl;
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
    public void Why_TracesAPremiseThatHasLeftWorkingMemory_ToTheFiringThatDerivedIt()
    {
        // The note stays (a plain insert); the Heavy it was derived from is retracted with the box (truth maintenance).
        var session = Sessions.With(typeof(HeavyBoxRule), typeof(NoteHeavyRule));
        var box = new Box("a", 9);
        session.Insert(box);
        session.Fire();
        session.Retract(box);

        var why = session.Why(session.Query<Note>().Single());

        why.Firing!.Rule.Name.ShouldBe("Note heavy");
        var heavy = why.Premises.Single();
        session.Query<Heavy>().ShouldBeEmpty();
        heavy.Firing!.Rule.Name.ShouldBe("Heavy box");
        heavy.Premises.Single().Fact.ShouldBeSameAs(box);
        heavy.Premises.Single().IsGiven.ShouldBeTrue();
    }

    [Fact]
    public void Why_TracesAPremiseReplacedByALinkedUpdate_ToTheFiringThatYieldedIt()
    {
        // Weighing the box again replaces its weighing (the same linked fact, a new object); the first note was
        // derived from the first weighing, which the first firing yielded.
        var session = Sessions.With(typeof(WeighBoxRule), typeof(NoteHeavyWeighingRule));
        var box = new Box("a", 9);
        session.Insert(box);
        session.Fire();
        box.Weight = 10;
        session.Update(box);
        session.Fire();

        var why = session.Why(session.Query<Note>().Single(n => n.Text == "weighed 9"));

        var weighing = why.Premises.Single();
        ((Weighing)weighing.Fact).Kg.ShouldBe(9);
        session.Query<Weighing>().Single().Kg.ShouldBe(10);
        weighing.Firing!.Sequence.ShouldBe(1);
        weighing.Firing.Rule.Name.ShouldBe("Weigh box");
    }

    [Name("Note heavy weighing"), Description("Notes a weighing over 8 kg.")]
    public sealed class NoteHeavyWeighingRule : Rule
    {
        public override void Define()
        {
            Weighing weighing = default!;
            When().Match(() => weighing, w => w.Kg > 8);
            Then().Do(ctx => ctx.Insert(new Note("weighed " + weighing.Kg)));
        }
    }

    [Fact]
    public void Why_Refuses_AFactNotInWorkingMemory() =>
        Should.Throw<ArgumentException>(() => Sessions.With(typeof(HeavyBoxRule)).Why(new Box("x", 1)));
}
