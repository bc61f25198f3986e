namespace ExpertRig.Engine;

/// <summary>A fact (or, for a collecting pattern, the list of facts) bound to a pattern variable.</summary>
public sealed record MatchedFact(string Name, object Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} = {FactText.Of(Value)}";
}
