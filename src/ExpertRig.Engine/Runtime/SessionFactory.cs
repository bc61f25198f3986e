using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>Immutable compiled rules shared by every session created from them.</summary>
internal sealed class SessionFactory(IReadOnlyList<CompiledRule> rules) : ISessionFactory
{
    public IReadOnlyList<RuleMetadata> Rules { get; } = [.. rules.Select(r => r.Metadata)];

    public ISession CreateSession() => new Session(rules);
}
