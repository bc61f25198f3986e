namespace ExpertRig.Domain.Facts;

/// <summary>What a <see cref="Finding"/> means for its build.</summary>
public enum FindingKind
{
    /// <summary>A hard constraint is broken: the build is rejected.</summary>
    Violation,

    /// <summary>A risk or caveat the user should read.</summary>
    Warning,

    /// <summary>A reason to choose the build (the guide's "Choose … if" bullets, physics advantages).</summary>
    Endorsement,

    /// <summary>Advice: software, setup, upgrade path.</summary>
    Note,
}
