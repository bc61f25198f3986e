using CsCheck;
using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

/// <summary>
/// Issue 11, ninth round: a session makes its containers with the sizes the previous session of the same rules
/// reached (capacities only). Whatever ran before, a session's journal and agenda are those of a session of a
/// freshly compiled rule set given the same facts.
/// </summary>
public sealed class SessionShapeTests
{
    private static readonly Type[] Rules =
    [
        typeof(HeavyBoxRule), typeof(BoxFitsShelfRule), typeof(TotalWeightRule), typeof(EmptyShelfRule),
        typeof(ShelfInUseRule), typeof(WeighedBoxRule), typeof(UnweighedBoxRule), typeof(NoteEachBoxRule),
    ];

    [Fact]
    public void ASessionAfterOthersOfTheSameRules_FiresAsOneOfAFreshRuleSet() =>
        Gen.Select(World.Gen, World.Gen, World.Gen)
            .Sample((first, second, third) =>
            {
                var factory = new RuleRepository().Load(Rules).Compile();
                Run(factory.CreateSession(), first);
                Run(factory.CreateSession(), second);
                var afterOthers = Run(factory.CreateSession(), third);

                var fresh = Run(new RuleRepository().Load(Rules).Compile().CreateSession(), third);

                afterOthers.ShouldBe(fresh);
            }, iter: 100);

    private static List<string> Run(ISession session, World world)
    {
        var boxes = world.Boxes.Select((kg, i) => new Box($"b{i}", kg)).ToList();
        session.InsertAll(boxes);
        session.InsertAll(world.Shelves.Select((max, i) => new Shelf($"s{i}", max)));
        session.InsertAll(world.Weighings.Where(w => w < boxes.Count).Select(w => new Weighing(boxes[w], w)));
        session.Fire();
        foreach (var box in boxes.Where((_, i) => i % 3 == 0))
        {
            session.Retract(box);
        }

        session.Fire();
        return [.. session.Journal.Select(r => r.ToString()), "agenda:", .. session.Agenda.Select(e => $"{e.Rule.Name}: {string.Join(", ", e.Facts.Select(f => f.Value))}")];
    }

    public sealed record World(int[] Boxes, int[] Shelves, int[] Weighings)
    {
        public static readonly Gen<World> Gen = CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, 20].Array[0, 30], CsCheck.Gen.Int[0, 20].Array[0, 5], CsCheck.Gen.Int[0, 30].Array[0, 20],
            (boxes, shelves, weighings) => new World(boxes, shelves, weighings));
    }
}
