using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class EventTests
{
    [Fact]
    public void WorkingMemoryEvents_CarryTheirCause()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var inserted = new List<(object Fact, FactCause Cause)>();
        session.Events.FactInsertedEvent += (_, e) => inserted.Add((e.Fact, e.Cause));
        var box = new Box("a", 9);

        session.Insert(box);
        session.Fire();

        inserted[0].Cause.Kind.ShouldBe(CauseKind.Caller);
        inserted[1].Fact.ShouldBeOfType<Heavy>();
        inserted[1].Cause.Kind.ShouldBe(CauseKind.Rule);
        inserted[1].Cause.Rule!.Name.ShouldBe("Heavy box");
        inserted[1].Cause.Firing!.Facts.Single().ShouldBe(new MatchedFact("box", box));
    }

    [Fact]
    public void AgendaAndFiringEvents_AreRaisedInOrder()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var log = new List<string>();
        session.Events.ActivationCreatedEvent += (_, e) => log.Add($"created {e.Rule.Name} {e.Facts[0].Name}");
        session.Events.ActivationUpdatedEvent += (_, e) => log.Add($"updated {e.Rule.Name}");
        session.Events.ActivationDeletedEvent += (_, e) => log.Add($"deleted {e.Rule.Name}");
        session.Events.RuleFiringEvent += (_, e) => log.Add($"firing {e.Rule.Name}");
        session.Events.RuleFiredEvent += (_, e) => log.Add($"fired {e.Rule.Name}");
        session.Events.FactUpdatedEvent += (_, e) => log.Add($"fact updated {e.Fact}");
        session.Events.FactRetractedEvent += (_, e) => log.Add($"fact retracted {e.Fact}");
        var box = new Box("a", 9);

        session.Insert(box);
        session.Fire();
        box.Weight = 10;
        session.Update(box);
        session.Fire();
        session.Retract(box);
        session.Fire();

        log.ShouldBe([
            "created Heavy box box", "firing Heavy box", "fired Heavy box",
            "fact updated Box a (10 kg)", "updated Heavy box", "firing Heavy box", "fact updated Heavy { Box = Box a (10 kg) }",
            "fired Heavy box",
            "fact retracted Box a (10 kg)", "deleted Heavy box", "fact retracted Heavy { Box = Box a (10 kg) }",
        ]);
    }

    [Fact]
    public void TheJournal_ListsEveryFiringInOrder_WithWhatItChanged()
    {
        var session = Sessions.With(typeof(HeavyBoxRule), typeof(AlarmRule));
        session.Insert(new Box("a", 9));

        session.Fire();

        session.Journal.Select(r => (r.Sequence, r.Rule.Name)).ShouldBe([(1, "Heavy box"), (2, "Alarm on very heavy box")]);
        session.Journal[0].Inserted.Single().ShouldBeOfType<Heavy>();
        session.Journal[1].Facts.Single().Name.ShouldBe("heavy");
        session.Journal[1].Inserted.Single().ShouldBeOfType<Alarm>();
    }
}
