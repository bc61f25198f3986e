namespace ExpertRig.Engine;

/// <summary>Compiled rules from which sessions are created cheaply (mirrors NRules' <c>ISessionFactory</c>).</summary>
public interface ISessionFactory
{
    /// <summary>Metadata of every rule, in load order.</summary>
    IReadOnlyList<RuleMetadata> Rules { get; }

    /// <summary>A new, empty session.</summary>
    ISession CreateSession();
}
