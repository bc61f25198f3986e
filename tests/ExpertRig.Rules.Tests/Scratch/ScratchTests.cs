using ExpertRig.Rules.Tests.Framework;
using Xunit.Abstractions;
namespace ExpertRig.Rules.Tests.Scratch;
public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        void P(string label, ExpertRig.Domain.Builds.Build b, string model, string quant, int users = 1, int ctx = 8192)
        {
            var p = TestFacts.Predict(b, TestFacts.Need(model, quant, contextTokens: ctx), users: users);
            var e = p.Estimate;
            output.WriteLine($"{label} {model} {quant} u{users}: runs={e.Runs} fits={e.Fits} off={e.OffloadFraction:P0} dec={e.DecodeTokensPerSecondPerUser:F1} kv={e.KvCacheGb:F1} w={e.WeightsGb:F1} load={e.LoadSeconds:F1} ram={e.SystemRamUsedGb:F1} {e.Problem}");
        }
        P("T1", TestFacts.Tier1(), "qwen-2.5-32b", "q4-k-m");
        P("T1", TestFacts.Tier1(), "llama-3-70b", "q3-k-m");
        P("T1", TestFacts.Tier1(), "llama-3-70b", "q4-k-m");
        P("T1", TestFacts.Tier1(), "llama-3-8b", "q8-0");
        P("4090", TestFacts.SingleRtx4090(), "qwen-2.5-32b", "q4-k-m");
        P("4090", TestFacts.SingleRtx4090(), "llama-3-70b", "q4-k-m");
        P("3090x2", TestFacts.DualRtx3090Nvlink(), "llama-3-70b", "q4-k-m");
        P("T2", TestFacts.Tier2(), "llama-3-70b", "q4-k-m");
        P("T2", TestFacts.Tier2(), "llama-3-70b", "q4-k-m", 4);
        P("T2", TestFacts.Tier2(), "llama-3-70b", "q5-k-m");
        P("T3", TestFacts.Tier3(), "llama-3-70b", "q8-0");
        P("T3", TestFacts.Tier3(), "llama-3-70b", "f16");
        P("T3", TestFacts.Tier3(), "llama-3.1-405b", "q4-k-m");
        P("T3", TestFacts.Tier3(), "llama-3-70b", "q4-k-m", 12);
        P("8x3090", TestFacts.EightRtx3090(), "llama-3.1-405b", "q4-k-m");
        P("8x3090", TestFacts.EightRtx3090(), "llama-3.1-405b", "q3-k-m");
        P("spark", TestFacts.Unified("dgx-spark","dgx-spark"), "llama-3-70b", "q4-k-m");
        P("spark", TestFacts.Unified("dgx-spark","dgx-spark"), "llama-3-70b", "q8-0");
        P("mac256", TestFacts.Unified("mac-studio-m3-ultra-256gb","mac-studio"), "llama-3-70b", "q8-0");
        P("mac256", TestFacts.Unified("mac-studio-m3-ultra-256gb","mac-studio"), "llama-3-70b", "q4-k-m");
        P("6000ada", TestFacts.SingleWorkstationCard("rtx-6000-ada","rtx6000-ada"), "llama-3-70b", "q4-k-m");
        P("l40s", TestFacts.SingleWorkstationCard("l40s","l40s"), "llama-3-70b", "q4-k-m");
        P("pro6000", TestFacts.SingleWorkstationCard("rtx-pro-6000-blackwell","rtx-pro-6000"), "llama-3-70b", "q8-0");
        P("xtx", TestFacts.Rx7900Xtx(), "qwen-2.5-32b", "q4-k-m");
        P("T1", TestFacts.Tier1(), "llama-3-8b", "q4-k-m", 1, 131072);
        P("T1", TestFacts.Tier1(), "llama-3-70b", "q4-k-m", 1, 131072);
        P("T1 32G", TestFacts.WithMemory(TestFacts.Tier1(),"ddr5-5600-rdimm-64gb"), "llama-3-70b", "q4-k-m");
        foreach (var b in new[]{TestFacts.Tier1(), TestFacts.Tier2(), TestFacts.Tier3(), TestFacts.DualRtx3090Nvlink(), TestFacts.EightRtx3090()}) output.WriteLine($"{b.Archetype} ${b.TotalPriceUsd:N0} ram {b.SystemRamGb} vram {b.AcceleratorMemoryGb}");
    }
}
