namespace ExpertRig.Engine.Compilation;

/// <summary>A compiled right-hand-side action: Do runs for its effects, Yield returns the linked fact.</summary>
internal sealed record CompiledAction(ActionKind Kind, string Text, TieredDelegate<Func<IContext, object?[], object?>> Run);
