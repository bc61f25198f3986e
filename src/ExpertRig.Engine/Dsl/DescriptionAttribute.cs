namespace ExpertRig.Engine.Dsl;

/// <summary>The one-sentence explanation a user reads in the audit trail when the rule fires. Required.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DescriptionAttribute(string value) : Attribute
{
    /// <summary>The description text.</summary>
    public string Value { get; } = value;
}
