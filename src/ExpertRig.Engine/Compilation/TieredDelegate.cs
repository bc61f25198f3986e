using System.Linq.Expressions;

namespace ExpertRig.Engine.Compilation;

/// <summary>
/// A rule's condition or action, run by the expression interpreter until it has been called
/// <see cref="CompileAfter"/> times, then compiled to IL. A one-off consultation (the CLI) never pays the JIT for a
/// delegate it calls a handful of times; a long sweep runs every hot delegate compiled. When the rule base was compiled
/// with <see cref="PrecompiledRules"/> that hold a delegate generated from this tree, that delegate runs from the first
/// call (Native AOT, which can only interpret trees). Safe across threads: two callers may both compile (or look up)
/// at the switch, and either result is correct.
/// </summary>
internal sealed class TieredDelegate<TDelegate>
    where TDelegate : Delegate
{
    /// <summary>Calls after which the interpreted delegate is replaced by a compiled one.</summary>
    public const int CompileAfter = 256;

    private readonly Expression<TDelegate>? lambda;
    private Func<ulong, Delegate?>? precompiled;
    private TDelegate? interpreted;
    private TDelegate? compiled;
    private int calls;

    public TieredDelegate(Expression<TDelegate> lambda)
    {
        this.lambda = lambda;
        precompiled = PrecompiledRules.Current?.Delegates;
    }

    /// <summary>A delegate generated ahead of time from the tree (a precompiled rule base has no trees).</summary>
    public TieredDelegate(TDelegate generated) => compiled = generated;

    /// <summary>The tree this delegate runs (the precompiler generates C# from it).</summary>
    public Expression<TDelegate> Lambda =>
        lambda ?? throw new InvalidOperationException("a delegate generated ahead of time has no expression tree");

    /// <summary>The delegate to run now.</summary>
    public TDelegate Current
    {
        get
        {
            if (Volatile.Read(ref compiled) is { } fast)
            {
                return fast;
            }

            if (Volatile.Read(ref precompiled) is { } find && Generated(find) is { } generated)
            {
                return generated;
            }

            if (Interlocked.Increment(ref calls) > CompileAfter)
            {
                var result = Lambda.Compile();
                Volatile.Write(ref compiled, result);
                return result;
            }

            return Volatile.Read(ref interpreted) ?? Interpret();
        }
    }

    // Looked up once: found, it is the compiled delegate from now on; not found, the tree tiers as usual.
    private TDelegate? Generated(Func<ulong, Delegate?> find)
    {
        var fingerprint = ExpressionFingerprint.Of(Lambda);
        var generated = fingerprint == 0 ? null : find(fingerprint) as TDelegate;
        if (generated is not null)
        {
            Volatile.Write(ref compiled, generated);
        }

        Volatile.Write(ref precompiled, null);
        return generated;
    }

    private TDelegate Interpret()
    {
        var result = Lambda.Compile(preferInterpretation: true);
        Interlocked.CompareExchange(ref interpreted, result, null);
        return result;
    }
}
