using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

/// <summary>
/// Issue 11: a rule below the agenda's top, whose activations hold no linked facts, is matched when the agenda comes
/// down to its priority (or the agenda is read), not after every change made above it; what it then matches and
/// fires is what eager matching gives.
/// </summary>
public sealed class LazyMatchingTests
{
    [Fact]
    public void ARuleBelowTheAgendasTop_IsMatchedWhenTheAgendaReachesIt_NotAfterEveryChange()
    {
        CountedTotalWeightRule.Tests = 0;
        var session = Sessions.With(typeof(UnpackSeedRule), typeof(CountedTotalWeightRule));
        session.InsertAll([new Seed("a"), new Seed("b"), new Seed("c")]);
        var atStart = CountedTotalWeightRule.Tests;

        session.Fire();

        // Three boxes are unpacked above it; it is matched once they are, not after each of the three.
        atStart.ShouldBe(1);
        CountedTotalWeightRule.Tests.ShouldBe(2);
        session.FiredRules().ShouldBe(["Unpack seed", "Unpack seed", "Unpack seed", "Counted total weight"]);
        session.Query<Total>().ShouldBe([new Total(3, 6)]);
    }

    [Fact]
    public void TheAgenda_ShowsALazyRulesMatchAsItIsNow()
    {
        var session = Sessions.With(typeof(UnpackSeedRule), typeof(TotalWeightRule));
        session.InsertAll([new Seed("a"), new Seed("b"), new Seed("c")]);

        session.Fire(2);

        var agenda = session.Agenda;
        agenda.Select(e => e.Rule.Name).ShouldBe(["Unpack seed", "Total weight"]);
        ((IEnumerable<Box>)agenda[1].Facts[0].Value).Select(b => b.Name).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void WithAgendaListeners_EveryChangeIsMatchedAtOnce()
    {
        CountedTotalWeightRule.Tests = 0;
        var session = Sessions.With(typeof(UnpackSeedRule), typeof(CountedTotalWeightRule));
        session.Events.ActivationCreatedEvent += (_, _) => { };
        session.InsertAll([new Seed("a"), new Seed("b"), new Seed("c")]);

        session.Fire();

        // Matched when the session starts and after each of the three boxes.
        CountedTotalWeightRule.Tests.ShouldBe(4);
        session.Query<Total>().ShouldBe([new Total(3, 6)]);
    }

    [Fact]
    public void ARuleSharingItsPriority_IsMatchedAfterEveryChange_SoRecencyAmongEqualsStaysAsItWas()
    {
        CountedTotalWeightRule.Tests = 0;
        var session = Sessions.With(typeof(UnpackSeedRule), typeof(CountedTotalWeightRule), typeof(TotalWeightRule));
        session.InsertAll([new Seed("a"), new Seed("b"), new Seed("c")]);

        session.Fire();

        CountedTotalWeightRule.Tests.ShouldBe(4);
        session.Query<Total>().ShouldBe([new Total(3, 6), new Total(3, 6)]);
    }

    [Fact]
    public void ALinkedFact_GoesAtOnce_WhenItsRulesOwnActionTookItsMatchAwayWhileTheRuleWasWaiting()
    {
        // "Heavy until sealed" inserts the seal (which queues "Note seal" above it, so its own lost match would wait)
        // and then yields Heavy: the yield has no support, so it goes before "Note heavy" could see it.
        var session = Sessions.With(typeof(NoteSealRule), typeof(HeavyUntilSealedRule), typeof(NoteHeavyRule));
        session.Insert(new Box("b", 9));

        session.Fire();

        session.FiredRules().ShouldBe(["Heavy until sealed", "Note seal"]);
        session.Query<Heavy>().ShouldBeEmpty();
    }
}
