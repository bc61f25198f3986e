using Terminal.Gui.Input;

namespace ExpertRig.Cli.Wizard;

/// <summary>The wizard's keys, in one place so the handlers and the status bar cannot disagree.</summary>
public static class WizardKeys
{
    /// <summary>Goes back one step or one screen.</summary>
    public static Key Back => Key.B.WithAlt;

    /// <summary>Opens the audit trail of the selected build.</summary>
    public static Key Why => Key.F2;

    /// <summary>Saves the Markdown report.</summary>
    public static Key SaveReport => Key.S.WithCtrl;

    /// <summary>Saves the answers as a profile YAML file.</summary>
    public static Key SaveProfile => Key.P.WithCtrl;

    /// <summary>Asks before quitting.</summary>
    public static Key Quit => Key.Esc;

    /// <summary>Adds a workload (Workloads step).</summary>
    public static Key AddWorkload => Key.A.WithAlt;

    /// <summary>Deletes the selected workload (Workloads step).</summary>
    public static Key DeleteWorkload => Key.D.WithAlt;
}
