using YamlDotNet.Core;

namespace ExpertRig.Domain.Yaml;

/// <summary>What one kind of YAML file may contain, and how its errors are raised.</summary>
/// <param name="What">The file kind in messages: "profile", "build file".</param>
/// <param name="MaxDepth">Deepest nesting of lists and mappings.</param>
/// <param name="DepthNeeded">The clause after the depth error: what the kind really needs.</param>
/// <param name="MaxAliases">Most aliases (<c>*name</c>) in one file.</param>
/// <param name="ExampleKey">A key of the kind, for the non-text-key error.</param>
/// <param name="Error">Makes the kind's one-line exception at a YamlDotNet position (1-based line and column).</param>
public sealed record YamlLimits(string What, int MaxDepth, string DepthNeeded, int MaxAliases, string ExampleKey, Func<Mark, string, UserInputException> Error);
