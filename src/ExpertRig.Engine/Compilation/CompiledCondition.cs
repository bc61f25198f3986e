namespace ExpertRig.Engine.Compilation;

/// <summary>A condition rewritten over (fact, tuple), compiled on first use to keep rule loading fast.</summary>
internal sealed class CompiledCondition(string text, Lazy<Func<object, object?[], bool>> evaluate)
{
    public string Text { get; } = text;

    public bool Evaluate(object fact, object?[] tuple) => evaluate.Value(fact, tuple);
}
