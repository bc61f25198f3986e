using ExpertRig.Engine.Dsl;

namespace ExpertRig.Engine.Tests.Fixtures.Invalid;

public sealed class NoDescriptionRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box);
        Then().Do(ctx => ctx.Insert(new Note(box.Name)));
    }
}

[Description("Has no patterns.")]
public sealed class EmptyWhenRule : Rule
{
    public override void Define() => Then().Do(ctx => ctx.Halt());
}

[Description("Has no actions.")]
public sealed class EmptyThenRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box);
    }
}

[Name("Heavy box"), Description("Same name as HeavyBoxRule.")]
public sealed class DuplicateNameRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        When().Match(() => box);
        Then().Do(ctx => ctx.Halt());
    }
}

[Description("Uses a variable before binding it.")]
public sealed class UnboundVariableRule : Rule
{
    public override void Define()
    {
        Box box = default!;
        Shelf shelf = default!;
        When()
            .Match(() => box, b => b.Weight <= shelf.MaxWeight)
            .Match(() => shelf);
        Then().Do(ctx => ctx.Halt());
    }
}
