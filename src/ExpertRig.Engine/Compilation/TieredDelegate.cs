using System.Linq.Expressions;

namespace ExpertRig.Engine.Compilation;

/// <summary>
/// A rule's condition or action, run by the expression interpreter until it has been called
/// <see cref="CompileAfter"/> times, then compiled to IL. A one-off consultation (the CLI) never pays the JIT for a
/// delegate it calls a handful of times; a long sweep runs every hot delegate compiled. Safe across threads: two
/// callers may both compile at the switch, and either result is correct.
/// </summary>
internal sealed class TieredDelegate<TDelegate>(Expression<TDelegate> lambda)
    where TDelegate : Delegate
{
    /// <summary>Calls after which the interpreted delegate is replaced by a compiled one.</summary>
    public const int CompileAfter = 256;

    private TDelegate? interpreted;
    private TDelegate? compiled;
    private int calls;

    /// <summary>The delegate to run now.</summary>
    public TDelegate Current
    {
        get
        {
            if (Volatile.Read(ref compiled) is { } fast)
            {
                return fast;
            }

            if (Interlocked.Increment(ref calls) > CompileAfter)
            {
                var result = lambda.Compile();
                Volatile.Write(ref compiled, result);
                return result;
            }

            return Volatile.Read(ref interpreted) ?? Interpret();
        }
    }

    private TDelegate Interpret()
    {
        var result = lambda.Compile(preferInterpretation: true);
        Interlocked.CompareExchange(ref interpreted, result, null);
        return result;
    }
}
