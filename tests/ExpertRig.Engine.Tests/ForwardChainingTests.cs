using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

public sealed class ForwardChainingTests
{
    [Fact]
    public void FactsInsertedByActions_AreMatchedInTheSameFire()
    {
        var session = Sessions.With(typeof(HeavyBoxRule), typeof(AlarmRule));
        session.Insert(new Box("a", 9));

        session.Fire().ShouldBe(2);

        session.Query<Alarm>().Single().Heavy.Box.Name.ShouldBe("a");
    }

    [Fact]
    public void Joins_BindEarlierVariablesInLaterConditions()
    {
        var session = Sessions.With(typeof(BoxFitsShelfRule));
        session.InsertAll([new Box("small", 2), new Box("big", 8), new Shelf("low", 5), new Shelf("high", 10)]);

        session.Fire();

        session.Query<Fits>().Select(f => $"{f.Box.Name}@{f.Shelf.Name}")
            .ShouldBe(["small@low", "small@high", "big@high"]);
    }

    [Fact]
    public void Exists_FiresOncePerOuterMatch_HoweverManyFactsMatch()
    {
        var session = Sessions.With(typeof(ShelfInUseRule));
        session.InsertAll([new Shelf("s", 5), new Box("a", 1), new Box("b", 2)]);

        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void Not_FiresOnlyWhileNoFactMatches()
    {
        var session = Sessions.With(typeof(EmptyShelfRule));
        var shelf = new Shelf("s", 5);
        session.Insert(shelf);
        session.Fire();
        session.Query<Note>().Single().Text.ShouldBe("empty s");

        session.Insert(new Box("a", 1));

        session.Query<Note>().ShouldBeEmpty();
    }

    [Fact]
    public void Collect_MatchesTheListOfAllFacts_EvenWhenEmpty()
    {
        var session = Sessions.With(typeof(TotalWeightRule));

        session.Fire();
        session.Query<Total>().Single().ShouldBe(new Total(0, 0));

        session.InsertAll([new Box("a", 2), new Box("b", 3)]);
        session.Fire();

        session.Query<Total>().Single().ShouldBe(new Total(2, 5));
    }

    [Fact]
    public void Collect_Where_FiltersTheCollectionAsAWhole()
    {
        var session = Sessions.With(typeof(SomeHeavyBoxesRule));
        session.InsertAll([new Box("a", 9), new Box("b", 1)]);
        session.Fire().ShouldBe(0);

        session.Insert(new Box("c", 7));
        session.Fire();

        session.Query<Note>().Single().Text.ShouldBe("2 heavy");
    }
}
