using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class TruthMaintenanceTests
{
    [Fact]
    public void AYieldedFact_IsRetracted_WhenItsSourceIsRetracted()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var box = new Box("a", 9);
        session.Insert(box);
        session.Fire();
        session.Query<Heavy>().Count.ShouldBe(1);

        session.Retract(box);

        session.Query<Heavy>().ShouldBeEmpty();
    }

    [Fact]
    public void LinkedFacts_GoTransitively()
    {
        var session = Sessions.With(typeof(HeavyBoxRule), typeof(AlarmRule));
        var box = new Box("a", 9);
        session.Insert(box);
        session.Fire();
        session.Query<Alarm>().Count.ShouldBe(1);

        box.Weight = 2;
        session.Update(box);

        session.Query<Heavy>().ShouldBeEmpty();
        session.Query<Alarm>().ShouldBeEmpty();
    }

    [Fact]
    public void AYieldedFact_IsReplaced_WhenItsActivationFiresAgain()
    {
        var session = Sessions.With(typeof(TotalWeightRule));
        session.Insert(new Box("a", 2));
        session.Fire();
        var updates = new List<object>();
        session.Events.FactUpdatedEvent += (_, e) => updates.Add(e.Fact);

        session.Insert(new Box("b", 5));
        session.Fire();

        session.Query<Total>().Single().ShouldBe(new Total(2, 7));
        updates.ShouldBe([new Total(2, 7)]);
    }

    [Fact]
    public void RetractingALinkedFactByHand_DetachesItFromItsActivation()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var box = new Box("a", 9);
        session.Insert(box);
        session.Fire();

        session.Retract(session.Query<Heavy>().Single());
        session.Retract(box);

        session.Query<object>().ShouldBeEmpty();
    }

    [Fact]
    public void RetractionsByTruthMaintenance_NameTheRuleAsCause()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var box = new Box("a", 9);
        session.Insert(box);
        session.Fire();
        var causes = new List<FactCause>();
        session.Events.FactRetractedEvent += (_, e) => causes.Add(e.Cause);

        session.Retract(box);
        _ = session.Agenda;

        causes.Select(c => c.ToString()).ShouldBe(["given", "truth maintenance of rule 'Heavy box'"]);
    }

    [Fact]
    public void ALinkedFact_GoesBeforeAnotherRuleFires_WhenItsActivationLosesItsMatch()
    {
        // Issue 11: P yields Derived, I (higher priority) inserts a Blocker that takes P's match away, and C (between
        // them) must not fire on the Derived whose support is already gone, although P sits below the agenda's top.
        var session = Sessions.With(typeof(DeriveFromSeedRule), typeof(BlockDerivedRule), typeof(SideEffectOfDerivedRule));
        session.Insert(new Seed("s"));

        session.Fire();

        session.FiredRules().ShouldBe(["Derive from seed", "Block derived"]);
        session.Query<Derived>().ShouldBeEmpty();
        session.Query<SideEffect>().ShouldBeEmpty();
        session.Query<Blocker>().Count.ShouldBe(1);
    }
}
