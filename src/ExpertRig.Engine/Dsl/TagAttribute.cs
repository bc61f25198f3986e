namespace ExpertRig.Engine.Dsl;

/// <summary>A tag that groups rules by concern; a rule may carry several.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = true)]
public sealed class TagAttribute(string value) : Attribute
{
    /// <summary>The tag.</summary>
    public string Value { get; } = value;
}
