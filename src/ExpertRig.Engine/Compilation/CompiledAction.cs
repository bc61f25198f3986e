using System.Linq.Expressions;

namespace ExpertRig.Engine.Compilation;

/// <summary>A compiled right-hand-side action: Do runs for its effects, Yield returns the linked fact.</summary>
internal sealed class CompiledAction
{
    private readonly Lazy<string> text;

    public CompiledAction(ActionKind kind, LambdaExpression source, TieredDelegate<Func<IContext, object?[], object?>> run)
        : this(kind, () => ExpressionText.Of(source), run)
    {
    }

    /// <summary>An action whose text was rendered ahead of time (a precompiled rule base, which has no trees).</summary>
    public CompiledAction(ActionKind kind, Func<string> text, TieredDelegate<Func<IContext, object?[], object?>> run)
    {
        Kind = kind;
        this.text = new Lazy<string>(text);
        Run = run;
    }

    public ActionKind Kind { get; }

    /// <summary>The action as written, for errors and explanations (rendered on first use).</summary>
    public string Text => text.Value;

    public TieredDelegate<Func<IContext, object?[], object?>> Run { get; }
}
