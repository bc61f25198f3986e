namespace ExpertRig.Engine.Dsl;

/// <summary>Conflict-resolution priority: activations of higher-priority rules fire first (default 0).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class PriorityAttribute(int value) : Attribute
{
    /// <summary>The priority.</summary>
    public int Value { get; } = value;
}
