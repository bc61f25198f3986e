using System.Linq.Expressions;
using ExpertRig.Engine.Compilation;
using ExpertRig.Engine.Tests.Fixtures;

namespace ExpertRig.Engine.Tests;

/// <summary>Conditions and actions start interpreted and are compiled once hot; both tiers must behave alike.</summary>
public sealed class TieredDelegateTests
{
    [Fact]
    public void ADelegate_GivesTheSameResults_BeforeAndAfterItIsCompiled()
    {
        Expression<Func<int, int, int>> lambda = (a, b) => (a * 31) + (b % 7);
        var tiered = new TieredDelegate<Func<int, int, int>>(lambda);

        var results = Enumerable.Range(0, (TieredDelegate<Func<int, int, int>>.CompileAfter * 2) + 3)
            .Select(i => tiered.Current(i, i + 1) == (i * 31) + ((i + 1) % 7))
            .ToList();

        results.ShouldAllBe(same => same);
    }

    [Fact]
    public void ADelegate_IsInterpretedUntilHot_ThenCompiled()
    {
        Expression<Func<int>> lambda = () => 42;
        var tiered = new TieredDelegate<Func<int>>(lambda);

        var first = tiered.Current;
        for (var i = 1; i < TieredDelegate<Func<int>>.CompileAfter; i++)
        {
            tiered.Current.ShouldBeSameAs(first);
        }

        var hot = tiered.Current;

        hot.ShouldNotBeSameAs(first);
        tiered.Current.ShouldBeSameAs(hot);
        hot().ShouldBe(42);
    }

    [Fact]
    public void AThrowingCondition_ThrowsTheSameException_InBothTiers()
    {
        Expression<Func<int, int>> lambda = weight => 10 / weight;
        var tiered = new TieredDelegate<Func<int, int>>(lambda);

        for (var i = 0; i <= TieredDelegate<Func<int, int>>.CompileAfter + 1; i++)
        {
            Should.Throw<DivideByZeroException>(() => tiered.Current(0));
        }
    }

    [Fact]
    public void AHotRule_KeepsFiring_AsBeforeItWasCompiled()
    {
        var session = Sessions.With(typeof(ThrowingConditionRule));
        var boxes = Enumerable.Range(1, TieredDelegate<Func<int>>.CompileAfter * 2).Select(i => new Box($"b{i}", 20)).ToList();
        session.InsertAll(boxes);

        session.Fire().ShouldBe(0);
        session.Insert(new Box("light", 5));
        session.Fire().ShouldBe(1);
    }
}
