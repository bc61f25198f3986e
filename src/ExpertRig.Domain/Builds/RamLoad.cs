using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>One workload as the guide's RAM table sees it: the model, and how much of it sits in system RAM.</summary>
/// <param name="Model">The model the workload runs.</param>
/// <param name="OffloadGb">GB of the workload kept in system RAM (0 when it fits in accelerator memory).</param>
public sealed record RamLoad(LanguageModel Model, double OffloadGb);
