namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>The wizard tests run one at a time: Terminal.Gui keeps some settings process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WizardCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Wizard";
}
