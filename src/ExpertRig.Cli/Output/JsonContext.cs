using System.Text.Json.Serialization;
using ExpertRig.Advisor;
using ExpertRig.Advisor.View;
using ExpertRig.Cli.Commands;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Cli.Output;

/// <summary>
/// Source-generated JSON metadata for everything a command writes: the views, and each catalog entry type (the catalog
/// command writes a list of entries typed as <see cref="object"/>, so each runtime type must be known here).
/// </summary>
[JsonSerializable(typeof(RecommendationView))]
[JsonSerializable(typeof(PredictionView))]
[JsonSerializable(typeof(IReadOnlyList<FrontierStep>))]
[JsonSerializable(typeof(List<RulesCommand.RuleListing>))]
[JsonSerializable(typeof(List<ExplainCommand.FiringView>))]
[JsonSerializable(typeof(ExplainCommand.RuleExplanationView))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(List<object>))]
[JsonSerializable(typeof(Gpu))]
[JsonSerializable(typeof(UnifiedMemorySystem))]
[JsonSerializable(typeof(Cpu))]
[JsonSerializable(typeof(Motherboard))]
[JsonSerializable(typeof(MemoryKit))]
[JsonSerializable(typeof(StorageDrive))]
[JsonSerializable(typeof(PowerSupply))]
[JsonSerializable(typeof(CpuCooler))]
[JsonSerializable(typeof(PcCase))]
[JsonSerializable(typeof(Accessory))]
[JsonSerializable(typeof(LanguageModel))]
[JsonSerializable(typeof(Quantization))]
internal sealed partial class JsonContext : JsonSerializerContext;
