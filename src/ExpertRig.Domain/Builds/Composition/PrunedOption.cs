namespace ExpertRig.Domain.Builds.Composition;

/// <summary>An accelerator option the composer did not configure, and why: the ledger that answers "why not X".</summary>
/// <param name="Option">The option as a buyer would name it, e.g. "2× RTX 4090 (new)".</param>
/// <param name="Because">One sentence: the bound or the option that beat it.</param>
public sealed record PrunedOption(string Option, string Because)
{
    /// <inheritdoc />
    public override string ToString() => $"Pruned {Option}: {Because}";
}
