namespace ExpertRig.Engine.Dsl;

/// <summary>The rule's unique name, shown in the audit trail (defaults to the class name).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NameAttribute(string value) : Attribute
{
    /// <summary>The rule name.</summary>
    public string Value { get; } = value;
}
