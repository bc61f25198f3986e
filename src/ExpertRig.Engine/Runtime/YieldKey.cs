namespace ExpertRig.Engine.Runtime;

/// <summary>The link key under which <c>Yield</c> keeps its fact.</summary>
internal sealed class YieldKey
{
    public static YieldKey Instance { get; } = new();

    private YieldKey()
    {
    }

    public override string ToString() => "yield";
}
