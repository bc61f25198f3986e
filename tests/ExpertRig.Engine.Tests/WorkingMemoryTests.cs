using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class WorkingMemoryTests
{
    [Fact]
    public void Insert_Throws_WhenTheSameObjectIsInsertedTwice()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var box = new Box("a", 3);
        session.Insert(box);

        Should.Throw<InvalidOperationException>(() => session.Insert(box)).Message.ShouldContain("Box a");
    }

    [Fact]
    public void TryInsert_ReturnsFalse_WhenTheSameObjectIsAlreadyThere()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var shelf = new Shelf("top", 10);

        session.TryInsert(shelf).ShouldBeTrue();
        session.TryInsert(shelf).ShouldBeFalse();
        session.Query<Shelf>().Count.ShouldBe(1);
    }

    [Fact]
    public void Identity_IsByObject_NotByValue_SoEqualRecordsAreTwoFacts()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));

        session.Insert(new Shelf("top", 10));
        session.Insert(new Shelf("top", 10));

        session.Query<Shelf>().Count.ShouldBe(2);
    }

    [Fact]
    public void Query_ReturnsFactsOfTheType_OldestFirst()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        session.InsertAll([new Box("a", 1), new Shelf("s", 1), new Box("b", 2)]);

        session.Query<Box>().Select(b => b.Name).ShouldBe(["a", "b"]);
        session.Query<object>().Count.ShouldBe(3);
    }

    [Fact]
    public void UpdateAndRetract_Throw_ForAFactNotInWorkingMemory()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));

        Should.Throw<InvalidOperationException>(() => session.Update(new Box("x", 1)));
        Should.Throw<InvalidOperationException>(() => session.Retract(new Box("x", 1)));
    }

    [Fact]
    public void Retract_RemovesTheFact()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var box = new Box("a", 1);
        session.Insert(box);

        session.Retract(box);

        session.Query<Box>().ShouldBeEmpty();
    }
}
