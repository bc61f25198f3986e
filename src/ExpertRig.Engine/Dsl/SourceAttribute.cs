namespace ExpertRig.Engine.Dsl;

/// <summary>
/// Where the knowledge in the rule comes from (a section of the guide, a vendor specification, or the physics model).
/// Not part of NRules: ExpertRig's audit trail cites it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SourceAttribute(string value) : Attribute
{
    /// <summary>The source citation.</summary>
    public string Value { get; } = value;
}
