namespace ExpertRig.Domain.Profiles;

/// <summary>How strictly the machine must keep data on the premises (profile key <c>privacy</c>).</summary>
public enum Privacy
{
    /// <summary>Inference runs locally; the machine may still reach the internet (YAML <c>local</c>).</summary>
    Local,

    /// <summary>The machine never touches a network: models are stored offline, no cloud fallback (YAML <c>air-gapped</c>).</summary>
    AirGapped,
}
