using CsCheck;
using ExpertRig.Engine.Runtime;
using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

/// <summary>
/// Issue 11, fifth round: a change re-matches a region of a rule only when the re-match can find a match or take one
/// away. A region is left out when no activation of the rule binds its fact there and a Match or Exists pattern of
/// the rule has no partner for it (nothing in its alpha memory, or nothing under the key of the fact it names);
/// what the agenda holds is always what matching the same facts from scratch gives.
/// </summary>
public sealed class PartnerlessRegionTests
{
    private static readonly Type[] Rules =
        [typeof(NoteEachBoxRule), typeof(WeighedBoxRule), typeof(UnweighedBoxRule), typeof(WeighingOfBoxOnShelfRule)];

    [Fact]
    public void ANewBox_IsNotRematchedForARuleWhoseExistsPatternHasNoWeighingOfIt()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule), typeof(WeighedBoxRule));
        var before = EngineCounters.Rematches;

        session.InsertAll([new Box("a", 3), new Box("b", 9), new Box("c", 4)]);

        // "Note each box" once per box; "Weighed box" never: no weighing is in working memory.
        (EngineCounters.Rematches - before).ShouldBe(3);
        Entries(session).ShouldBe(["Note each box: Box a (3 kg)", "Note each box: Box b (9 kg)", "Note each box: Box c (4 kg)"], ignoreOrder: true);
    }

    [Fact]
    public void AWeighing_RematchesOnlyTheBoxItNames_AndMakesItsMatch()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule), typeof(WeighedBoxRule));
        var b = new Box("b", 9);
        session.InsertAll([new Box("a", 3), b, new Box("c", 4)]);
        var before = EngineCounters.Rematches;

        session.Insert(new Weighing(b, 9));

        (EngineCounters.Rematches - before).ShouldBe(1);
        Entries(session).ShouldContain("Weighed box: Box b (9 kg)");
    }

    [Fact]
    public void ABoxOfAThreePatternRule_IsNotRematchedWhileNoShelfExists_AndIsMatchedWhenOneArrives()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule), typeof(WeighingOfBoxOnShelfRule));
        var a = new Box("a", 3);
        var before = EngineCounters.Rematches;

        session.InsertAll([a, new Weighing(a, 3)]);

        // Only "Note each box" for the box; the box and its weighing have no shelf to join.
        (EngineCounters.Rematches - before).ShouldBe(1);

        session.Insert(new Shelf("s", 5));

        Entries(session).ShouldContain("Weighing of box: Shelf { Name = s, MaxWeight = 5 }, Box a (3 kg), Weighing { Box = Box a (3 kg), Kg = 3 }");
    }

    [Fact]
    public void AMatchWhosePartnerGoes_IsStillTakenAway_AndANotPatternNeedsNoPartner()
    {
        var session = Sessions.With(typeof(NoteEachBoxRule), typeof(WeighedBoxRule), typeof(UnweighedBoxRule));
        var b = new Box("b", 9);
        var weighing = new Weighing(b, 9);
        session.InsertAll([b, weighing]);
        Entries(session).ShouldBe(["Note each box: Box b (9 kg)", "Weighed box: Box b (9 kg)"], ignoreOrder: true);

        session.Retract(weighing);

        // The Exists pattern now has no partner, but an activation bound the box: it is re-matched and the match goes.
        Entries(session).ShouldBe(["Note each box: Box b (9 kg)", "Unweighed box: Box b (9 kg)"], ignoreOrder: true);
    }

    [Fact]
    public void RandomChanges_LeaveTheAgendaAsAFromScratchMatchOfTheSameFacts() =>
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 50], Gen.Int[0, 12], (kind, target, weight) => new Change(kind, target, weight))
            .Array[1, 40]
            .Sample(changes =>
            {
                var session = Sessions.With(Rules);
                var world = new World();
                foreach (var change in changes)
                {
                    world.Apply(session, change);
                    var scratch = Sessions.With(Rules);
                    scratch.InsertAll([.. world.Shelves, .. world.Boxes, .. world.Weighings]);
                    Entries(session).ShouldBe(Entries(scratch), ignoreOrder: true);

                    // The matcher's count of empty Match/Exists memories per rule, kept on every change, is the count afresh.
                    var (kept, recounted) = ((Session)session).EmptyPatternCounts();
                    kept.ShouldBe(recounted);
                }
            }, iter: 300);

    private static List<string> Entries(ISession session) =>
        [.. session.Agenda.Select(e => $"{e.Rule.Name}: {string.Join(", ", e.Facts.Select(f => f.Value))}")];

    public sealed record Change(int Kind, int Target, int Weight);

    private sealed class World
    {
        public List<Shelf> Shelves { get; } = [];

        public List<Box> Boxes { get; } = [];

        public List<Weighing> Weighings { get; } = [];

        private int _made;

        public void Apply(ISession session, Change change)
        {
            var name = $"n{++_made}";
            switch (change.Kind)
            {
                case 0:
                    Add(session, Boxes, new Box(name, change.Weight));
                    break;
                case 1 when Boxes.Count > 0:
                    // Kg made unique, so that no two weighings are equal records.
                    Add(session, Weighings, new Weighing(Boxes[change.Target % Boxes.Count], 100 + _made));
                    break;
                case 2 when Boxes.Count > 0:
                    Remove(session, Boxes, change.Target);
                    break;
                case 3 when Weighings.Count > 0:
                    Remove(session, Weighings, change.Target);
                    break;
                case 4 when Boxes.Count > 0:
                    var box = Boxes[change.Target % Boxes.Count];
                    box.Weight = change.Weight;
                    session.Update(box);
                    break;
                case 5:
                    Add(session, Shelves, new Shelf(name, change.Weight));
                    break;
                case 6 when Shelves.Count > 0:
                    Remove(session, Shelves, change.Target);
                    break;
            }
        }

        private static void Add<T>(ISession session, List<T> facts, T fact)
            where T : notnull
        {
            facts.Add(fact);
            session.Insert(fact);
        }

        private static void Remove<T>(ISession session, List<T> facts, int target)
            where T : notnull
        {
            var fact = facts[target % facts.Count];
            facts.Remove(fact);
            session.Retract(fact);
        }
    }
}
