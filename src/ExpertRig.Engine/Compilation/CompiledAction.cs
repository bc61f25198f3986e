using System.Linq.Expressions;

namespace ExpertRig.Engine.Compilation;

/// <summary>A compiled right-hand-side action: Do runs for its effects, Yield returns the linked fact.</summary>
internal sealed class CompiledAction(ActionKind kind, LambdaExpression source, TieredDelegate<Func<IContext, object?[], object?>> run)
{
    private readonly Lazy<string> text = new(() => ExpressionText.Of(source));

    public ActionKind Kind { get; } = kind;

    /// <summary>The action as written, for errors and explanations (rendered on first use).</summary>
    public string Text => text.Value;

    public TieredDelegate<Func<IContext, object?[], object?>> Run { get; } = run;
}
