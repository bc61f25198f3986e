namespace ExpertRig.Engine.Compilation;

/// <summary>A condition rewritten over (fact, tuple); interpreted at first, compiled once it is hot.</summary>
internal sealed class CompiledCondition(string text, TieredDelegate<Func<object, object?[], bool>> evaluate)
{
    public string Text { get; } = text;

    public bool Evaluate(object fact, object?[] tuple) => evaluate.Current(fact, tuple);
}
