using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Tests.Legacy;

/// <summary>Sessions of the re-matching engine that issue 11 replaces, kept only for the differential test.</summary>
internal sealed class LegacySessionFactory(IReadOnlyList<CompiledRule> rules) : ISessionFactory
{
    public IReadOnlyList<RuleMetadata> Rules { get; } = [.. rules.Select(r => r.Metadata)];

    public ISession CreateSession() => new LegacySession(rules);
}
