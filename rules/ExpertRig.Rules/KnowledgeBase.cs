using ExpertRig.Engine;

namespace ExpertRig.Rules;

/// <summary>The compiled rule base: every rule class of <see cref="RuleRegistry"/>, loaded and compiled once per process.</summary>
public static class KnowledgeBase
{
    private static readonly Lazy<ISessionFactory> Compiled =
        new(() => new RuleRepository().Load(RuleRegistry.All).Compile());

    /// <summary>The session factory over every rule.</summary>
    public static ISessionFactory Factory => Compiled.Value;

    /// <summary>Every rule's metadata, in load order.</summary>
    public static IReadOnlyList<RuleMetadata> Rules => Factory.Rules;
}
