namespace ExpertRig.Engine.Dsl;

/// <summary>Whether an activation fires again when one of the facts it matched is updated.</summary>
public enum RuleRepeatability
{
    /// <summary>Fires again after an update of a matched fact (the default, as in NRules).</summary>
    Repeatable,

    /// <summary>Fires once per match, whatever updates follow.</summary>
    NonRepeatable,
}
