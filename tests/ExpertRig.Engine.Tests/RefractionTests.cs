using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class RefractionTests
{
    [Fact]
    public void AnActivation_FiresOnce()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule));
        session.Insert(new Box("a", 1));

        session.Fire().ShouldBe(1);
        session.Fire().ShouldBe(0);
    }

    [Fact]
    public void ARepeatableRule_FiresAgain_WhenAMatchedFactIsUpdated()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule));
        var box = new Box("a", 1);
        session.Insert(box);
        session.Fire();

        box.Weight = 2;
        session.Update(box);

        session.Fire().ShouldBe(1);
        session.Query<Note>().Count.ShouldBe(2);
    }

    [Fact]
    public void ANonRepeatableRule_DoesNotFireAgain_WhenItsFactIsUpdated()
    {
        var session = Sessions.With(typeof(CountUpOnceRule));
        var counter = new Counter("c");
        session.Insert(counter);

        session.Fire().ShouldBe(1);
        session.Update(counter);
        session.Fire().ShouldBe(0);
        counter.Value.ShouldBe(1);
    }

    [Fact]
    public void AnActivationWhoseMatchDisappears_IsRemovedBeforeItFires()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule), typeof(RetractLightBoxesRule));
        session.InsertAll([new Box("light", 0), new Box("heavy", 3)]);
        session.Agenda.Count.ShouldBe(3);

        session.Fire();

        session.FiredRules().ShouldBe(["Retract light boxes", "Note each box"]);
        session.Query<Note>().Single().Text.ShouldBe("heavy");
    }

    [Fact]
    public void AMatchThatGoesAndComesBack_IsANewActivation_AndFiresAgain()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var box = new Box("a", 9);
        session.Insert(box);
        session.Fire();

        box.Weight = 1;
        session.Update(box);
        session.Fire().ShouldBe(0);
        box.Weight = 9;
        session.Update(box);

        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void UpdatingAFactTheRuleDoesNotBind_DoesNotRefire()
    {
        var session = Sessions.With(typeof(ShelfInUseRule));
        var box = new Box("a", 1);
        session.InsertAll([new Shelf("s", 5), box]);
        session.Fire().ShouldBe(1);

        box.Weight = 2;
        session.Update(box);

        session.Fire().ShouldBe(0);
    }
}
