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
