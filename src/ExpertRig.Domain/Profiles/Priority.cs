namespace ExpertRig.Domain.Profiles;

/// <summary>What the user wants the ranking to favour (profile key <c>priorities</c>).</summary>
public enum Priority
{
    /// <summary>Tokens per second (YAML <c>speed</c>).</summary>
    Speed,

    /// <summary>Lowest price (YAML <c>cost</c>).</summary>
    Cost,

    /// <summary>Low noise (YAML <c>quiet</c>).</summary>
    Quiet,

    /// <summary>Low power draw (YAML <c>power</c>).</summary>
    Power,

    /// <summary>Fewest parts and least administration (YAML <c>simplicity</c>).</summary>
    Simplicity,

    /// <summary>Quantization quality: more bits per weight for the same model (YAML <c>quality</c>).</summary>
    Quality,
}
