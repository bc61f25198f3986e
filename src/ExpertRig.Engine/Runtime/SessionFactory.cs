using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>Immutable compiled rules and their match network, shared by every session created from them.</summary>
internal sealed class SessionFactory(IReadOnlyList<CompiledRule> rules) : ISessionFactory
{
    private readonly Lazy<Network> _network = new(() => new Network(rules));

    public IReadOnlyList<RuleMetadata> Rules { get; } = [.. rules.Select(r => r.Metadata)];

    public ISession CreateSession() => new Session(rules, _network.Value);
}
