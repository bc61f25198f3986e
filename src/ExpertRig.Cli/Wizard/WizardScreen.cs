namespace ExpertRig.Cli.Wizard;

/// <summary>The screens of the wizard window.</summary>
public enum WizardScreen
{
    /// <summary>The six questionnaire steps.</summary>
    Questions,

    /// <summary>The ranked builds and the speed chart.</summary>
    Results,

    /// <summary>One build's bill of materials and warnings.</summary>
    Build,

    /// <summary>The audit trail of one build and the rejected alternatives.</summary>
    Why,
}
