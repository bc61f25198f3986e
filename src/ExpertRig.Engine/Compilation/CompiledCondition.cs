using System.Linq.Expressions;

namespace ExpertRig.Engine.Compilation;

/// <summary>A condition rewritten over (fact, tuple); interpreted at first, compiled once it is hot.</summary>
internal sealed class CompiledCondition
{
    private readonly Lazy<string> text;
    private readonly TieredDelegate<Func<object, object?[], bool>> evaluate;

    public CompiledCondition(LambdaExpression source, TieredDelegate<Func<object, object?[], bool>> evaluate)
        : this(() => ExpressionText.Of(source), evaluate)
    {
    }

    /// <summary>A condition whose text was rendered ahead of time (a precompiled rule base, which has no trees).</summary>
    public CompiledCondition(Func<string> text, TieredDelegate<Func<object, object?[], bool>> evaluate)
    {
        this.text = new Lazy<string>(text);
        this.evaluate = evaluate;
    }

    /// <summary>The condition as written, for errors and explanations (rendered on first use).</summary>
    public string Text => text.Value;

    public bool Evaluate(object fact, object?[] tuple) => evaluate.Current(fact, tuple);

    /// <summary>The delegate behind <see cref="Evaluate"/> (its tree is what the precompiler generates C# from).</summary>
    public TieredDelegate<Func<object, object?[], bool>> Delegate => evaluate;
}
