using ExpertRig.Engine.Dsl;
using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

/// <summary>
/// The session finds the activations a change touches through the facts they bind (each fact's handle lists them).
/// Inserting, updating and retracting must leave the same matches as a fresh session given the final facts.
/// </summary>
public sealed class ActivationsByFactTests
{
    [Fact]
    public void AFactBoundInTwoSlots_TakesItsActivationAway_Once_WhenRetracted()
    {
        var session = Sessions.With(typeof(AtLeastAsHeavyRule));
        var box = new Box("a", 3);
        session.Insert(box);
        session.Fire();
        Notes(session).ShouldBe(["a <= a"]);

        session.Retract(box);

        Notes(session).ShouldBeEmpty();
        session.Agenda.ShouldBeEmpty();
        session.WhyNot("Box at least as heavy").Matches.ShouldBeEmpty();
    }

    [Fact]
    public void InsertUpdateAndRetract_LeaveTheMatchesAFreshSessionFinds()
    {
        var a = new Box("a", 3);
        var b = new Box("b", 5);
        var c = new Box("c", 4);
        var session = Sessions.With(typeof(AtLeastAsHeavyRule));
        session.InsertAll([a, b, c]);
        session.Fire();

        b.Weight = 1;
        session.Update(b);
        session.Retract(c);
        session.Insert(c);
        session.Fire();

        var fresh = Sessions.With(typeof(AtLeastAsHeavyRule));
        fresh.InsertAll([a, b, c]);
        fresh.Fire();
        Notes(session).Order().ShouldBe(Notes(fresh).Order());
        Notes(session).Order().ShouldBe(["a <= a", "a <= c", "b <= a", "b <= b", "b <= c", "c <= c"]);
    }

    [Fact]
    public void RetractingOneFact_KeepsTheActivationsOfTheOthers()
    {
        var a = new Box("a", 3);
        var b = new Box("b", 5);
        var session = Sessions.With(typeof(AtLeastAsHeavyRule));
        session.InsertAll([a, b]);
        session.Fire();

        session.Retract(a);
        b.Weight = 6;
        session.Update(b);
        session.Fire();

        Notes(session).ShouldBe(["b <= b"]);
        session.Agenda.ShouldBeEmpty();
    }

    private static List<string> Notes(ISession session) => [.. session.Query<Note>().Select(n => n.Text)];
}

[Name("Box at least as heavy"), Description("Pairs a box with every box at least as heavy, itself included.")]
public sealed class AtLeastAsHeavyRule : Rule
{
    public override void Define()
    {
        Box light = default!;
        Box heavy = default!;
        When()
            .Match(() => light)
            .Match(() => heavy, h => h.Weight >= light.Weight);
        Then().Yield(_ => new Note($"{light.Name} <= {heavy.Name}"));
    }
}
