using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class ConflictResolutionTests
{
    [Fact]
    public void HigherPriority_FiresFirst_WhateverTheLoadOrder()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule), typeof(UrgentNoteRule));
        session.Insert(new Box("a", 1));

        session.Fire();

        session.FiredRules().ShouldBe(["Urgent note", "Note each box"]);
    }

    [Fact]
    public void EqualPriority_FiresInActivationOrder()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule));
        session.InsertAll([new Box("a", 1), new Box("b", 1), new Box("c", 1)]);

        session.Fire();

        session.Query<Note>().Select(n => n.Text).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void EqualPriority_FiresByRecencyThenFactIds_NotRuleByRule()
    {
        // Both rules have priority 0 and "Heavy box" is loaded first. Every activation is queued before the first
        // firing, so the matched facts' insertion ids decide: box a's note, then box b's (heavy before note, as the
        // two rules match the very same fact, by load order).
        var session = Sessions.With(typeof(HeavyBoxRule), typeof(NoteEachBoxRule));
        session.InsertAll([new Box("a", 1), new Box("b", 9)]);

        session.Fire();

        session.FiredRules().ShouldBe(["Note each box", "Heavy box", "Note each box"]);
    }

    [Fact]
    public void EqualPriority_AnActivationQueuedEarlierFiresBeforeOneQueuedLater()
    {
        // "Note each box" for box a is queued by the caller's insert; "Alarm on very heavy box" is queued only when
        // "Heavy box" has fired, so it fires after every note, although it matches a fact inserted earlier.
        var session = Sessions.With(typeof(AlarmRule), typeof(HeavyBoxRule), typeof(NoteEachBoxRule));
        session.InsertAll([new Box("b", 9), new Box("a", 1)]);

        session.Fire();

        session.FiredRules().ShouldBe(["Heavy box", "Note each box", "Note each box", "Alarm on very heavy box"]);
    }

    [Fact]
    public void IdenticalInput_GivesIdenticalFiringOrder()
    {
        static IReadOnlyList<string> Run()
        {
            var session = Sessions.With(typeof(NoteEachBoxRule), typeof(UrgentNoteRule), typeof(BoxFitsShelfRule),
                typeof(HeavyBoxRule), typeof(AlarmRule), typeof(TotalWeightRule));
            session.InsertAll([new Box("a", 9), new Shelf("s", 10), new Box("b", 4), new Shelf("t", 5)]);
            session.Fire();
            return [.. session.Journal.Select(r => r.ToString())];
        }

        Run().ShouldBe(Run());
    }

    [Fact]
    public void Fire_WithMaxRules_StopsAfterThatMany()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule));
        session.InsertAll([new Box("a", 1), new Box("b", 1), new Box("c", 1)]);

        session.Fire(2).ShouldBe(2);
        session.Agenda.Count.ShouldBe(1);
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void Halt_StopsTheCurrentFire_AfterTheAction()
    {
        var session = Sessions.With(typeof(HeavyBoxRule), typeof(AlarmRule), typeof(HaltOnAlarmRule));
        session.InsertAll([new Box("a", 9), new Box("b", 9)]);

        session.Fire();

        session.FiredRules().ShouldBe(["Heavy box", "Heavy box", "Alarm on very heavy box", "Halt on alarm"]);
        session.Agenda.Single().Rule.Name.ShouldBe("Alarm on very heavy box");
        session.Fire().ShouldBe(2);
    }

    [Fact]
    public void Context_ExposesTheFiringRuleAndItsNamedFacts()
    {
        var session = Sessions.With(typeof(RuleNameRecorderRule));
        session.Insert(new Shelf("s", 1));

        session.Fire();

        session.Query<Note>().Single().Text.ShouldBe("Rule name recorder:shelf");
    }
}
