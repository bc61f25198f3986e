using ExpertRig.Engine.Dsl;

namespace ExpertRig.Engine.Tests.Fixtures;

[Name("Heavy box"), Description("A box over 5 kg is heavy."), Tag("weight"), Tag("safety")]
[Source("test fixture")]
public sealed class HeavyBoxRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box, b => b.Weight > 5);
        Then().Yield(_ => new Heavy(box));
    }
}

[Name("Alarm on very heavy box"), Description("A heavy box over 8 kg raises an alarm.")]
public sealed class AlarmRule : Rule
{
    public override void Define()
    {
        Heavy heavy = default!;
        When().Match(() => heavy, h => h.Box.Weight > 8);
        Then().Yield(_ => new Alarm(heavy));
    }
}

[Name("Box fits shelf"), Description("A box fits a shelf that carries its weight.")]
public sealed class BoxFitsShelfRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        Shelf shelf = default!;
        When()
            .Match(() => box)
            .Match(() => shelf, s => s.MaxWeight >= box.Weight);
        Then().Do(ctx => ctx.Insert(new Fits(box, shelf)));
    }
}

[Name("Note each box"), Description("Writes a note for every box.")]
public sealed class NoteEachBoxRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box);
        Then().Do(ctx => ctx.Insert(new Note(box.Name)));
    }
}

[Name("Urgent note"), Description("Notes a box first."), Priority(10)]
public sealed class UrgentNoteRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box);
        Then().Do(ctx => ctx.Insert(new Note("urgent " + box.Name)));
    }
}

[Name("Total weight"), Description("Sums the weight of every box.")]
public sealed class TotalWeightRule : Rule
{
    public override void Define()
    {
        IEnumerable<Box> boxes = default!;
        When().Query(() => boxes, q => q.Match<Box>().Collect());
        Then().Yield(_ => new Total(boxes.Count(), boxes.Sum(b => b.Weight)));
    }
}

[Name("Some heavy boxes"), Description("Notes when two or more boxes are heavy.")]
public sealed class SomeHeavyBoxesRule : Rule
{
    public override void Define()
    {
        IEnumerable<Box> heavy = default!;
        When().Query(() => heavy, q => q.Match<Box>(b => b.Weight > 5).Collect().Where(c => c.Count() >= 2));
        Then().Yield(_ => new Note($"{heavy.Count()} heavy"));
    }
}

[Name("Empty shelf"), Description("A shelf with no box that fits it is noted.")]
public sealed class EmptyShelfRule : Rule
{
    public override void Define()
    {
        Shelf shelf = default!;
        When()
            .Match(() => shelf)
            .Not<Box>(b => b.Weight <= shelf.MaxWeight);
        Then().Yield(_ => new Note("empty " + shelf.Name));
    }
}

[Name("Shelf in use"), Description("A shelf that some box fits is in use.")]
public sealed class ShelfInUseRule : Rule
{
    public override void Define()
    {
        Shelf shelf = default!;
        When()
            .Match(() => shelf)
            .Exists<Box>(b => b.Weight <= shelf.MaxWeight);
        Then().Yield(_ => new Note("in use " + shelf.Name));
    }
}

[Name("Count up"), Description("Counts up, forever.")]
public sealed class CountUpForeverRule : Rule
{
    public override void Define()
    {
        Counter counter = default!;
        When().Match(() => counter);
        Then().Do(ctx => Increment(ctx, counter));
    }

    private static void Increment(IContext ctx, Counter counter)
    {
        counter.Value++;
        ctx.Update(counter);
    }
}

[Name("Count up once"), Description("Counts up once per counter."), Repeatability(RuleRepeatability.NonRepeatable)]
public sealed class CountUpOnceRule : Rule
{
    public override void Define()
    {
        Counter counter = default!;
        When().Match(() => counter);
        Then().Do(ctx => Increment(ctx, counter));
    }

    private static void Increment(IContext ctx, Counter counter)
    {
        counter.Value++;
        ctx.Update(counter);
    }
}

[Name("Retract light boxes"), Description("Retracts boxes under 1 kg before anything else."), Priority(100)]
public sealed class RetractLightBoxesRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box, b => b.Weight < 1);
        Then().Do(ctx => ctx.Retract(box));
    }
}

[Name("Halt on alarm"), Description("Stops firing when an alarm is raised."), Priority(50)]
public sealed class HaltOnAlarmRule : Rule
{
    public override void Define()
    {
        Alarm alarm = default!;
        When().Match(() => alarm);
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Rule name recorder"), Description("Records the firing rule's own name.")]
public sealed class RuleNameRecorderRule : Rule
{
    public override void Define()
    {
        Shelf shelf = default!;
        When().Match(() => shelf);
        Then().Do(ctx => ctx.Insert(new Note(ctx.Rule.Name + ":" + ctx.Facts[0].Name)));
    }
}

[Name("Divides by weight"), Description("Has a condition that throws for an empty box.")]
public sealed class ThrowingConditionRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box, b => 10 / b.Weight > 1);
        Then().Do(ctx => ctx.Insert(new Note("divided")));
    }
}

[Name("Throws in action"), Description("Has an action that throws.")]
public sealed class ThrowingActionRule : Rule
{
    public override void Define()
    {
        Shelf shelf = default!;
        When().Match(() => shelf);
        Then().Do(ctx => Fail(shelf));
    }

    private static void Fail(Shelf shelf) => throw new InvalidOperationException("shelf " + shelf.Name + " collapsed");
}

[Name("Weigh box"), Description("Records the weight of every box.")]
public sealed class WeighBoxRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box);
        Then().Yield(_ => new Weighing(box, box.Weight));
    }
}

[Name("Overweight"), Description("A weighing over 8 kg is overweight.")]
public sealed class OverweightRule : Rule
{
    public override void Define()
    {
        Weighing weighing = default!;
        When().Match(() => weighing, w => w.Kg > 8);
        Then().Yield(_ => new Overweight(weighing));
    }
}

[Name("Derive from seed"), Description("An unblocked seed yields a derived fact (P in issue 11).")]
public sealed class DeriveFromSeedRule : Rule
{
    public override void Define()
    {
        Seed seed = default!;
        When()
            .Match(() => seed)
            .Not<Blocker>();
        Then().Yield(_ => new Derived(seed));
    }
}

[Name("Block derived"), Description("A derived fact inserts a blocker, which takes away its own support (I in issue 11)."), Priority(20)]
public sealed class BlockDerivedRule : Rule
{
    public override void Define()
    {
        Derived derived = default!;
        When()
            .Match(() => derived)
            .Not<Blocker>();
        Then().Do(ctx => ctx.Insert(new Blocker(derived)));
    }
}

[Name("Side effect of derived"), Description("A derived fact has a side effect (C in issue 11)."), Priority(10)]
public sealed class SideEffectOfDerivedRule : Rule
{
    public override void Define()
    {
        Derived derived = default!;
        When().Match(() => derived);
        Then().Do(ctx => ctx.Insert(new SideEffect(derived)));
    }
}

[Name("Unpack seed"), Description("Unpacks a 2 kg box from each seed before the boxes are weighed."), Priority(10)]
public sealed class UnpackSeedRule : Rule
{
    public override void Define()
    {
        Seed seed = default!;
        When().Match(() => seed);
        Then().Do(ctx => ctx.Insert(new Box(seed.Name, 2)));
    }
}

[Name("Counted total weight"), Description("Sums the weight of every box, counting how often its collection is tested.")]
public sealed class CountedTotalWeightRule : Rule
{
    /// <summary>How many times this thread has tested the rule's collection.</summary>
    [ThreadStatic]
    private static int tests;

    public static int Tests { get => tests; set => tests = value; }

    public override void Define()
    {
        IEnumerable<Box> boxes = default!;
        When().Query(() => boxes, q => q.Match<Box>().Collect().Where(c => Tested(c)));
        Then().Yield(_ => new Total(boxes.Count(), boxes.Sum(b => b.Weight)));
    }

    private static bool Tested(IEnumerable<Box> boxes)
    {
        tests++;
        return boxes is not null;
    }
}

[Name("Heavy until sealed"), Description("A heavy box is noted as heavy while no seal exists; noting it seals (its own action takes its match away).")]
public sealed class HeavyUntilSealedRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When()
            .Match(() => box, b => b.Weight > 5)
            .Not<Seed>(s => s.Name == "seal");
        Then()
            .Do(ctx => ctx.Insert(new Seed("seal")))
            .Yield(_ => new Heavy(box));
    }
}

[Name("Note seal"), Description("Notes a seal."), Priority(10)]
public sealed class NoteSealRule : Rule
{
    public override void Define()
    {
        Seed seed = default!;
        When().Match(() => seed);
        Then().Do(ctx => ctx.Insert(new Note("sealed " + seed.Name)));
    }
}

[Name("Note heavy"), Description("Notes a heavy box."), Priority(10)]
public sealed class NoteHeavyRule : Rule
{
    public override void Define()
    {
        Heavy heavy = default!;
        When().Match(() => heavy);
        Then().Do(ctx => ctx.Insert(new Note("heavy " + heavy.Box.Name)));
    }
}

[Name("Weighed box"), Description("Notes a box that has been weighed.")]
public sealed class WeighedBoxRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When()
            .Match(() => box)
            .Exists<Weighing>(w => ReferenceEquals(w.Box, box));
        Then().Do(ctx => ctx.Insert(new Note("weighed " + box.Name)));
    }
}

[Name("Weighing of box"), Description("Notes each weighing of a box on a shelf that carries it.")]
public sealed class WeighingOfBoxOnShelfRule : Rule
{
    public override void Define()
    {
        Shelf shelf = default!;
        Box box = default!;
        Weighing weighing = default!;
        When()
            .Match(() => shelf)
            .Match(() => box, b => b.Weight <= shelf.MaxWeight)
            .Match(() => weighing, w => ReferenceEquals(w.Box, box));
        Then().Do(ctx => ctx.Insert(new Note($"{box.Name} weighs {weighing.Kg} on {shelf.Name}")));
    }
}

[Name("Unweighed box"), Description("Notes a box that has not been weighed.")]
public sealed class UnweighedBoxRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When()
            .Match(() => box)
            .Not<Weighing>(w => ReferenceEquals(w.Box, box));
        Then().Do(ctx => ctx.Insert(new Note("unweighed " + box.Name)));
    }
}
