namespace ExpertRig.Engine;

/// <summary>One Fire exceeded the session's firing limit: a runaway loop. The message names the last rules fired.</summary>
public sealed class RuleFiringLimitException(int limit, IReadOnlyList<string> lastRules)
    : Exception($"more than {limit} rule firings in one Fire: a rule loop? last fired: {string.Join(", ", lastRules)}")
{
    /// <summary>The limit that was exceeded.</summary>
    public int Limit { get; } = limit;

    /// <summary>The names of the last rules fired, oldest first.</summary>
    public IReadOnlyList<string> LastRules { get; } = lastRules;
}
