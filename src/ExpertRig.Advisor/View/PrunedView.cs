namespace ExpertRig.Advisor.View;

/// <summary>An option the configurator pruned before configuring it, and why ("why not X").</summary>
/// <param name="Option">The option, e.g. "2× RTX 4090 (new)".</param>
/// <param name="Because">The reason, one sentence.</param>
public sealed record PrunedView(string Option, string Because);
