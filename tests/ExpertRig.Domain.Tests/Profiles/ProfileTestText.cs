using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>Shared profile texts and a loader for the profile tests.</summary>
internal static class ProfileTestText
{
    /// <summary>The smallest valid profile: only the two required keys.</summary>
    public const string Minimal = """
        workloads:
          - model: llama-3-70b
        budget_usd: 15000
        """;

    /// <summary>A profile that sets every key to a value other than its default.</summary>
    public const string Full = """
        workloads:
          - model: llama-3-70b
            quant: Q4_K_M
            context_tokens: 4096
            min_tokens_per_s: 20
          - model: qwen-2.5-32b
            quant: q8_0
            context_tokens: 32768
        concurrent_users: 4
        budget_usd: 15000
        os: linux
        privacy: air-gapped
        accept_used: true
        circuit: 20a-240v
        electricity_usd_per_kwh: 0.31
        hours_per_day: 12.5
        gpu_power_limit_percent: 70
        fine_tuning: true
        other_gpu_workloads: true
        ecc_required: true
        priorities: [quiet, speed]
        """;

    public static ProfileLoader Loader { get; } = new(FakeProfileVocabulary.Instance);

    public static Profile Parse(string text) => Loader.Parse(text, "profile.yaml");

    /// <summary>The error <see cref="ProfileLoader.Parse"/> raises for <paramref name="text"/>.</summary>
    public static ProfileException ErrorFor(string text) => Should.Throw<ProfileException>(() => Parse(text));
}
