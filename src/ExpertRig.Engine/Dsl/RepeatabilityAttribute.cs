namespace ExpertRig.Engine.Dsl;

/// <summary>Sets whether the rule's activations fire again when their facts are updated.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RepeatabilityAttribute(RuleRepeatability value) : Attribute
{
    /// <summary>The repeatability.</summary>
    public RuleRepeatability Value { get; } = value;
}
