using ExpertRig.Engine.Runtime;
using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

/// <summary>
/// Issue 11, tenth round: a session makes a node's alpha memory when a fact first enters it; until then the node
/// reads as the one shared empty memory, which nothing ever writes to. A fact may first enter a node on insertion or
/// on an update, and either way the rules reading it match as if the memory had been there from the start.
/// </summary>
public sealed class UnenteredAlphaMemoryTests
{
    [Fact]
    public void AFactThatFirstEntersANodeOnUpdate_IsMatched()
    {
        var session = Sessions.With(typeof(HeavyBoxRule));
        var box = new Box("a", 1);
        session.Insert(box);
        session.Fire().ShouldBe(0);

        box.Weight = 9;
        session.Update(box);

        session.Fire().ShouldBe(1);
        session.Query<Heavy>().Single().Box.ShouldBeSameAs(box);
    }

    [Fact]
    public void AFactLeavingANodeNoFactEntered_ChangesNothing()
    {
        var session = Sessions.With(typeof(HeavyBoxRule), typeof(UnweighedBoxRule));
        var box = new Box("a", 1);
        session.Insert(box);
        session.Update(box);
        session.Retract(box);

        session.Fire().ShouldBe(0);
        AlphaMemory.Empty.Facts.ShouldBeEmpty();
        AlphaMemory.Empty.Version.ShouldBe(0);
    }

    [Fact]
    public void TheSharedEmptyMemory_RefusesAdditions() =>
        Should.Throw<InvalidOperationException>(() =>
            AlphaMemory.Empty.Add(new FactHandle(1, new object(), FactCause.Caller), MemberKeys.Unindexed));
}
