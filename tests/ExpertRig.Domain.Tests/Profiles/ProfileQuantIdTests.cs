using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>A profile may name a quantization by its catalog id or its display name; suggestions name ids.</summary>
public sealed class ProfileQuantIdTests
{
    private static readonly ProfileLoader Loader = new(new AliasVocabulary());

    [Theory]
    [InlineData("exl2-4.25", "EXL2 4.25 bpw")]
    [InlineData("EXL2 4.25 bpw", "EXL2 4.25 bpw")]
    [InlineData("fp8", "FP8 (E4M3)")]
    [InlineData("awq-int4", "AWQ INT4 (group size 128)")]
    [InlineData("q4-k-m", "Q4_K_M")]
    [InlineData("Q4_K_M", "Q4_K_M")]
    public void Accepts_IdOrDisplayName(string typed, string expected)
    {
        Parse(typed).Workloads[0].Quant.ShouldBe(expected);
    }

    [Fact]
    public void Suggests_TheId_ForAMistypedQuant()
    {
        var error = Should.Throw<ProfileException>(() => Parse("exl2-4.2"));

        error.Message.ShouldContain("'exl2-4.25'");
        error.Message.ShouldNotContain("bpw'");
    }

    private static Profile Parse(string quant) => Loader.Parse(
        $"""
        workloads:
          - model: llama-3-8b
            quant: "{quant}"
        budget_usd: 3000
        """,
        "profile.yaml");

    private sealed class AliasVocabulary : IProfileVocabulary
    {
        public IReadOnlyCollection<string> ModelIds { get; } = ["llama-3-8b"];

        public IReadOnlyDictionary<string, string> QuantAliases { get; } = new Dictionary<string, string>
        {
            ["q4-k-m"] = "Q4_K_M",
            ["exl2-4.25"] = "EXL2 4.25 bpw",
            ["fp8"] = "FP8 (E4M3)",
            ["awq-int4"] = "AWQ INT4 (group size 128)",
        };

        public IReadOnlyCollection<string> QuantIds => [.. QuantAliases.Values];

        public int? MaxContext(string modelId) => 8192;
    }
}
